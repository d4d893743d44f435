package nl.dekkend.dashboard.indicator;

import java.util.List;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.serving.ServingReader;

/** Read-only queries of the indicator page beyond the shared {@code kpi} ones. */
public final class IndicatorQueries {

    private final ServingReader reader;

    public IndicatorQueries(ServingReader reader) {
        this.reader = reader;
    }

    /** The levels at which the indicator has rows, in the fixed order swv, stadsdeel, wijk, … */
    public List<String> levels(String indicator) {
        return Niveau.ordered(reader.list("indicator/levels", row -> row.getString("niveau"), indicator));
    }
}

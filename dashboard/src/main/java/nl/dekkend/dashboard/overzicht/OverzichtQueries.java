package nl.dekkend.dashboard.overzicht;

import java.util.List;
import nl.dekkend.dashboard.serving.ServingReader;

/** Read-only queries of the overview page. */
public final class OverzichtQueries {

    private final ServingReader reader;

    public OverzichtQueries(ServingReader reader) {
        this.reader = reader;
    }

    /** Per indicator with data, its latest total at SWV level for the given SWV. */
    public List<LatestValue> latest(String swv) {
        return reader.list(
                "overzicht/latest",
                row -> new LatestValue(
                        row.getString("indicator"),
                        row.getString("naam"),
                        row.getString("eenheid"),
                        row.getInt("decimalen"),
                        row.getString("richting"),
                        row.getString("thema"),
                        row.getString("periode"),
                        row.getBigDecimal("waarde"),
                        row.getBigDecimal("norm"),
                        row.getString("status"),
                        row.getBoolean("onderdrukt")),
                swv);
    }
}

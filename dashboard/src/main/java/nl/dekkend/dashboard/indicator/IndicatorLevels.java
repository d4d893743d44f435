package nl.dekkend.dashboard.indicator;

import java.util.List;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.Niveau;

/** The levels at which the rows an account sees lie, in the catalog's order swv, stadsdeel, wijk, … */
final class IndicatorLevels {

    private IndicatorLevels() {}

    static List<String> of(Niveau niveaus, List<KpiValue> rows) {
        return niveaus.ordered(rows.stream().map(KpiValue::niveau).collect(Collectors.toSet()));
    }
}

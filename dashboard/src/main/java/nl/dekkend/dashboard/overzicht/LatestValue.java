package nl.dekkend.dashboard.overzicht;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;

/** The latest SWV total of one indicator, with what the catalog says about it. */
public record LatestValue(
        String indicator,
        String naam,
        String eenheid,
        int decimalen,
        String richting,
        String thema,
        String periode,
        BigDecimal waarde,
        BigDecimal norm,
        String status,
        boolean onderdrukt) {

    /** Per indicator with a total, in catalog order: its latest one (by period). */
    public static List<LatestValue> of(List<KpiDefinition> definitions, List<KpiValue> totals) {
        Map<String, Optional<KpiValue>> latest = totals.stream()
                .collect(Collectors.groupingBy(
                        KpiValue::indicator, Collectors.maxBy(Comparator.comparing(KpiValue::periode, Periode.ORDER))));
        return definitions.stream()
                .filter(d -> latest.containsKey(d.indicator()))
                .map(d -> {
                    KpiValue v = latest.get(d.indicator()).orElseThrow();
                    return new LatestValue(
                            d.indicator(),
                            d.naam(),
                            d.eenheid(),
                            d.decimalen(),
                            d.richting(),
                            d.thema(),
                            v.periode(),
                            v.waarde(),
                            v.norm(),
                            v.status(),
                            v.onderdrukt());
                })
                .toList();
    }
}

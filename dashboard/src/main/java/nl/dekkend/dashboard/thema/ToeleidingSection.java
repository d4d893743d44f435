package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartSeries;
import nl.dekkend.dashboard.chart.ChartSpec;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * Toeleiding over the schooljaren: TLV-aanvragen and besluiten as bars, with the lead time, the share decided within
 * the term, the age at referral and the prognosis against the actual number in the table; from the SWV totals
 * {@code toegang.Figures} gave.
 */
final class ToeleidingSection {

    static final String AANVRAGEN = "toeleiding_aanvragen";
    static final String BESLUITEN = "toeleiding_besluiten";

    static final String TERMIJN = "toeleiding_binnen_termijn";
    static final String DOORLOOPTIJD = "toeleiding_doorlooptijd_mediaan";

    /** The table's figure columns, in this order; the catalog gives their names, units and decimals. */
    private static final List<String> COLUMNS = List.of(
            AANVRAGEN,
            BESLUITEN,
            DOORLOOPTIJD,
            TERMIJN,
            "toeleiding_leeftijd_mediaan",
            "toeleiding_prognose_afwijking");

    private ToeleidingSection() {}

    static Optional<ThemaSection> build(List<KpiValue> totals, List<KpiDefinition> definitions) {
        Map<String, KpiDefinition> catalog = definitions.stream()
                .filter(d -> COLUMNS.contains(d.indicator()))
                .collect(Collectors.toMap(KpiDefinition::indicator, d -> d));
        List<String> columns = COLUMNS.stream().filter(catalog::containsKey).toList();
        List<KpiValue> rows = totals.stream()
                .filter(v -> v.uitsplitsing().isEmpty() && catalog.containsKey(v.indicator()))
                .toList();
        TreeSet<String> periods = new TreeSet<>(Periode.ORDER);
        rows.stream()
                .filter(v -> v.indicator().equals(AANVRAGEN) || v.indicator().equals(BESLUITEN))
                .forEach(v -> periods.add(v.periode()));
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        List<String> x = List.copyOf(periods);
        List<ChartSeries> series = List.of(
                new ChartSeries("Aanvragen", shown(rows, AANVRAGEN, x), ChartPalette.color(0), false),
                new ChartSeries("Besluiten", shown(rows, BESLUITEN, x), ChartPalette.color(1), false));
        List<List<String>> table = new ArrayList<>();
        boolean anySuppressed = false;
        for (String p : x) {
            List<String> row = new ArrayList<>(List.of(p));
            for (String c : columns) {
                Optional<KpiValue> v = find(rows, c, p);
                anySuppressed |= v.map(KpiValue::onderdrukt).orElse(false);
                row.add(text(rows, catalog.get(c), p));
            }
            table.add(row);
        }
        String last = x.get(x.size() - 1);
        String summary = "In " + last + ": " + text(rows, catalog.get(AANVRAGEN), last) + " aanvragen en "
                + text(rows, catalog.get(BESLUITEN), last) + " besluiten; binnen de termijn: "
                + text(rows, catalog.get(TERMIJN), last) + ", mediane doorlooptijd "
                + text(rows, catalog.get(DOORLOOPTIJD), last) + ".";
        List<String> kop = new ArrayList<>(List.of("Schooljaar"));
        columns.forEach(c -> kop.add(catalog.get(c).naam()));
        ChartSpec spec = new ChartSpec("TLV-aanvragen en besluiten", x, series, "aantal", ChartSpec.Kind.BAR, null);
        return Optional.of(new ThemaSection(
                "toeleiding",
                "Hoeveel TLV's worden aangevraagd en besloten, en hoe snel?",
                summary,
                ChartView.of(
                        "chart-toeleiding",
                        spec,
                        "Staafdiagram van het aantal TLV-aanvragen en besluiten per schooljaar. " + summary
                                + " Alle cijfers staan in de tabel hieronder."),
                "TLV-aanvragen, besluiten, doorlooptijd, termijn, leeftijd en prognose per schooljaar",
                kop,
                1,
                table,
                List.of(),
                anySuppressed));
    }

    private static List<BigDecimal> shown(List<KpiValue> rows, String indicator, List<String> x) {
        return x.stream()
                .map(p -> find(rows, indicator, p)
                        .filter(v -> !v.onderdrukt())
                        .map(KpiValue::waarde)
                        .orElse(null))
                .toList();
    }

    private static String text(List<KpiValue> rows, KpiDefinition d, String periode) {
        if (d == null) {
            return DutchFormat.NO_VALUE;
        }
        return find(rows, d.indicator(), periode)
                .map(v -> Cell.of(v.waarde(), d.eenheid(), d.decimalen(), v.onderdrukt())
                        .text())
                .orElse(DutchFormat.NO_VALUE);
    }

    private static Optional<KpiValue> find(List<KpiValue> rows, String indicator, String periode) {
        return rows.stream()
                .filter(v -> v.indicator().equals(indicator) && v.periode().equals(periode))
                .findFirst();
    }
}

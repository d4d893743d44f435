package nl.dekkend.dashboard.thema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartSeries;
import nl.dekkend.dashboard.chart.ChartSpec;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * Deelname: SBO and SO participation by woongemeente (the pupils living in a gemeente, DUO's counts per gemeente) in
 * the latest schooljaar, as bars per gemeente with the table; the rows are those {@code toegang.Figures} discloses.
 */
final class WoongemeenteSection {

    static final List<String> IDS = List.of("deelname_sbo_woonplaats", "deelname_so_woonplaats");

    private static final List<String> TITLES = List.of("SBO", "SO");

    private WoongemeenteSection() {}

    /** {@code perGemeente}: the rows of both indicators at level gemeente. */
    static Optional<ThemaSection> build(List<KpiValue> perGemeente, SectionLinks links) {
        List<KpiValue> rows = perGemeente.stream()
                .filter(v -> IDS.contains(v.indicator()) && v.uitsplitsing().isEmpty())
                .toList();
        Optional<String> periode = rows.stream().map(KpiValue::periode).max(Periode.ORDER);
        if (periode.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> gemeenten = new TreeMap<>();
        rows.stream()
                .filter(v -> v.periode().equals(periode.get()))
                .forEach(v -> gemeenten.merge(
                        v.gebied(),
                        v.gebiedNaam() == null || v.gebiedNaam().isBlank() ? v.gebied() : v.gebiedNaam(),
                        (a, b) -> a));
        List<String> codes = gemeenten.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
        List<ChartSeries> series = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        boolean anySuppressed = false;
        for (int i = 0; i < IDS.size(); i++) {
            String id = IDS.get(i);
            series.add(new ChartSeries(
                    TITLES.get(i),
                    codes.stream()
                            .map(g -> find(rows, id, periode.get(), g)
                                    .filter(v -> !v.onderdrukt())
                                    .map(KpiValue::waarde)
                                    .orElse(null))
                            .toList(),
                    ChartPalette.color(i),
                    false));
        }
        for (String g : codes) {
            List<String> row = new ArrayList<>(List.of(gemeenten.get(g)));
            for (String id : IDS) {
                Optional<KpiValue> v = find(rows, id, periode.get(), g);
                anySuppressed |= v.map(KpiValue::onderdrukt).orElse(false);
                row.add(v.map(x -> Cell.of(x.waarde(), "%", 2, x.onderdrukt()).text())
                        .orElse(DutchFormat.NO_VALUE));
            }
            table.add(row);
        }
        List<String> names = codes.stream().map(gemeenten::get).toList();
        Optional<KpiValue> highest = rows.stream()
                .filter(v -> v.indicator().equals(IDS.get(0))
                        && v.periode().equals(periode.get())
                        && !v.onderdrukt()
                        && v.waarde() != null)
                .max(java.util.Comparator.comparing(KpiValue::waarde).thenComparing(KpiValue::gebied));
        String summary = highest.map(v -> "In " + periode.get() + " is de SBO-deelname naar woongemeente het hoogst in "
                        + gemeenten.get(v.gebied()) + ": "
                        + Cell.of(v.waarde(), "%", 2, false).text() + ".")
                .orElse("In " + periode.get() + " zijn de cijfers per woongemeente niet te tonen.");
        ChartSpec spec = new ChartSpec("Deelname naar woongemeente", names, series, "%", ChartSpec.Kind.BAR, null);
        return Optional.of(new ThemaSection(
                "woongemeente",
                "Hoeveel kinderen uit elke gemeente gaan naar het SBO en SO?",
                summary,
                ChartView.of(
                                "chart-woongemeente",
                                spec,
                                "Staafdiagram van de SBO- en SO-deelname per woongemeente in " + periode.get() + ". "
                                        + summary
                                        + " De percentages staan in de tabel hieronder; een klik op een staaf opent die"
                                        + " gemeente.")
                        .linked(codes.stream()
                                .map(g -> links.down(IDS.get(0), "gemeente", g, periode.get()))
                                .toList()),
                "SBO- en SO-deelname naar woongemeente (leerlingen die er wonen), " + periode.get(),
                List.of("Woongemeente", "SBO", "SO"),
                1,
                table,
                List.of(),
                anySuppressed));
    }

    private static Optional<KpiValue> find(List<KpiValue> rows, String id, String periode, String gemeente) {
        return rows.stream()
                .filter(v -> v.indicator().equals(id)
                        && v.periode().equals(periode)
                        && v.gebied().equals(gemeente))
                .findFirst();
    }
}

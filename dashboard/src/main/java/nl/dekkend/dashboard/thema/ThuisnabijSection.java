package nl.dekkend.dashboard.thema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartSeries;
import nl.dekkend.dashboard.chart.ChartSpec;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * Thuisnabijheid: per wijk the four shares of pupils with extra support by where they go to school (eigen wijk,
 * elders in het eigen stadsdeel, elders in de eigen gemeente of het SWV, daarbuiten) in the latest period, as stacked
 * bars that add up to 100 %, with the table as alternative. The rows are those {@code toegang.Figures} discloses.
 */
final class ThuisnabijSection {

    /** The four parts, in the order of distance from home, with their column titles. */
    static final List<String> PARTS = List.of(
            "thuisnabij_eigen_wijk", "thuisnabij_eigen_stadsdeel", "thuisnabij_eigen_gemeente", "thuisnabij_buiten");

    private static final List<String> TITLES = List.of(
            "Eigen wijk", "Elders in eigen stadsdeel", "Elders in eigen gemeente of SWV", "Buiten gemeente en SWV");

    private ThuisnabijSection() {}

    /** {@code perWijk}: the rows of the four indicators at level wijk. */
    static Optional<ThemaSection> build(List<KpiValue> perWijk, SectionLinks links) {
        List<KpiValue> totals = perWijk.stream()
                .filter(v -> PARTS.contains(v.indicator()) && v.uitsplitsing().isEmpty())
                .toList();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        String periode =
                totals.stream().map(KpiValue::periode).max(Periode.ORDER).orElseThrow();
        List<KpiValue> latest =
                totals.stream().filter(v -> v.periode().equals(periode)).toList();
        TreeSet<String> codes = new TreeSet<>();
        latest.forEach(v -> codes.add(v.gebied()));
        List<String> wijken = List.copyOf(codes);
        List<String> names = wijken.stream().map(w -> name(latest, w)).toList();
        List<ChartSeries> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        boolean anySuppressed = false;
        for (int i = 0; i < PARTS.size(); i++) {
            String part = PARTS.get(i);
            series.add(new ChartSeries(
                    TITLES.get(i),
                    wijken.stream()
                            .map(w -> find(latest, part, w)
                                    .filter(v -> !v.onderdrukt())
                                    .map(KpiValue::waarde)
                                    .orElse(null))
                            .toList(),
                    ChartPalette.color(i),
                    false));
        }
        for (int w = 0; w < wijken.size(); w++) {
            List<String> row = new ArrayList<>(List.of(wijken.get(w), names.get(w)));
            for (String part : PARTS) {
                Optional<KpiValue> v = find(latest, part, wijken.get(w));
                anySuppressed |= v.map(KpiValue::onderdrukt).orElse(false);
                row.add(v.map(x -> Cell.of(x.waarde(), "%", 2, x.onderdrukt()).text())
                        .orElse(DutchFormat.NO_VALUE));
            }
            rows.add(row);
        }
        String summary = summary(periode, latest, wijken, names);
        List<String> kop = new ArrayList<>(List.of("Wijk", "Naam"));
        kop.addAll(TITLES);
        ChartSpec spec = new ChartSpec("Thuisnabijheid per wijk", names, series, "%", ChartSpec.Kind.STACKED_BAR, null);
        return Optional.of(new ThemaSection(
                "thuisnabijheid",
                "Gaan kinderen met extra ondersteuning dicht bij huis naar school?",
                summary,
                ChartView.of(
                                "chart-thuisnabijheid",
                                spec,
                                "Gestapeld staafdiagram van de leerlingen met extra ondersteuning per woonwijk in "
                                        + periode + ", naar waar zij naar school gaan. " + summary
                                        + " De percentages staan in de tabel hieronder; een klik op een staaf opent"
                                        + " die wijk.")
                        .linked(wijken.stream()
                                .map(w -> links.down(PARTS.get(0), "wijk", w, periode))
                                .toList()),
                "Leerlingen met extra ondersteuning per woonwijk in " + periode
                        + ": het deel dat in de eigen wijk, elders in het eigen stadsdeel, elders in de eigen gemeente"
                        + " of het SWV, en daarbuiten naar school gaat",
                kop,
                2,
                rows,
                List.of(),
                anySuppressed));
    }

    /** Names the wijk with the smallest known share in the eigen wijk. */
    private static String summary(String periode, List<KpiValue> latest, List<String> wijken, List<String> names) {
        Optional<KpiValue> lowest = latest.stream()
                .filter(v -> v.indicator().equals(PARTS.get(0)) && !v.onderdrukt() && v.waarde() != null)
                .min(Comparator.comparing(KpiValue::waarde).thenComparing(KpiValue::gebied));
        if (lowest.isEmpty()) {
            return "In " + periode + " zijn de delen per wijk niet te tonen.";
        }
        KpiValue v = lowest.get();
        return "In " + periode + " gaat in " + names.get(wijken.indexOf(v.gebied())) + " het kleinste deel van de "
                + "leerlingen met extra ondersteuning in de eigen wijk naar school: "
                + Cell.of(v.waarde(), "%", 2, false).text() + ".";
    }

    private static Optional<KpiValue> find(List<KpiValue> rows, String indicator, String gebied) {
        return rows.stream()
                .filter(v -> v.indicator().equals(indicator) && v.gebied().equals(gebied))
                .findFirst();
    }

    private static String name(List<KpiValue> rows, String gebied) {
        return rows.stream()
                .filter(v -> v.gebied().equals(gebied)
                        && v.gebiedNaam() != null
                        && !v.gebiedNaam().isBlank())
                .map(KpiValue::gebiedNaam)
                .findFirst()
                .orElse(gebied);
    }
}

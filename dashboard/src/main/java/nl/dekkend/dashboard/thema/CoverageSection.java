package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.chart.EChartsOptions;
import nl.dekkend.dashboard.chart.HeatMap;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.toegang.CoverageCell;

/**
 * Dekkend aanbod: the coverage matrix ({@code dekkend_matrix}, as {@code toegang.Figures} discloses it) of the newest
 * period as a heat map ondersteuningsbehoefte × stadsdeel of the tekort, with vraag, capaciteit and wachtlijst in the
 * table, and every gap named in a sentence. A hidden cell has no numbers; its gap is still named, without the number.
 */
final class CoverageSection {

    /** The indicator whose breakdown cells the matrix holds (a click on a cell opens its drill-down). */
    private static final String PLEKKEN = "dekkend_plekken";

    private CoverageSection() {}

    static Optional<ThemaSection> build(List<CoverageCell> cells, SectionLinks links) {
        Optional<String> periode = cells.stream().map(CoverageCell::periode).max(Periode.ORDER);
        if (periode.isEmpty()) {
            return Optional.empty();
        }
        List<CoverageCell> inPeriod =
                cells.stream().filter(c -> c.periode().equals(periode.get())).toList();
        Map<String, String> areas = new LinkedHashMap<>();
        inPeriod.stream()
                .sorted(java.util.Comparator.comparing(CoverageCell::stadsdeelNaam))
                .forEach(c -> areas.putIfAbsent(c.stadsdeelCode(), c.stadsdeelNaam()));
        List<String> areaCodes = List.copyOf(areas.keySet());
        List<String> needs = List.copyOf(new TreeSet<>(
                inPeriod.stream().map(CoverageCell::ondersteuningsbehoefte).toList()));
        List<List<Object>> data = new ArrayList<>();
        List<String> clicks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int max = 1;
        boolean anySuppressed = false;
        for (CoverageCell c : inPeriod) {
            Object value =
                    c.onderdrukt() || c.tekort() == null ? "-" : c.tekort().stripTrailingZeros();
            data.add(List.of(areaCodes.indexOf(c.stadsdeelCode()), needs.indexOf(c.ondersteuningsbehoefte()), value));
            clicks.add(links.down(PLEKKEN, c.niveau(), c.stadsdeelCode(), periode.get()));
            if (c.tekort() != null) {
                max = Math.max(max, c.tekort().intValue());
            }
            anySuppressed |= c.onderdrukt();
            rows.add(List.of(
                    c.stadsdeelNaam(),
                    behoefte(c.ondersteuningsbehoefte()),
                    count(c.vraag(), c.onderdrukt()),
                    count(c.capaciteit(), c.onderdrukt()),
                    count(c.bezetting(), c.onderdrukt()),
                    count(c.wachtlijst(), c.onderdrukt()),
                    count(c.tekort(), c.onderdrukt())));
            if (c.signalering() != null && !c.signalering().isBlank()) {
                gaps.add(c.signalering() + ".");
            }
        }
        String summary = gaps.isEmpty()
                ? "In " + periode.get() + " is er voor elke ondersteuningsbehoefte in elk stadsdeel genoeg plek."
                : "In " + periode.get() + " is er in " + gaps.size() + " van de " + inPeriod.size()
                        + " combinaties van stadsdeel en ondersteuningsbehoefte een tekort aan plekken.";
        Map<String, Object> option = new HeatMap(
                        areaCodes.stream().map(areas::get).toList(),
                        needs.stream().map(CoverageSection::behoefte).toList(),
                        data,
                        max,
                        "Tekort aan plekken",
                        "groot tekort",
                        "geen tekort",
                        false)
                .option();
        String label = "Heatmap van het tekort aan plekken per stadsdeel (kolommen) en ondersteuningsbehoefte (rijen), "
                + periode.get() + "; elk vak toont het tekort als getal. " + summary
                + " Vraag, capaciteit en wachtlijst staan in de tabel hieronder; een klik op een vak opent dat gebied.";
        ChartView chart =
                new ChartView("chart-matrix", EChartsOptions.json(option), "leerlingen", label).linked(clicks);
        return Optional.of(new ThemaSection(
                "matrix",
                "Is er voor elke ondersteuningsbehoefte een plek?",
                summary,
                chart,
                "Vraag, capaciteit, bezetting, wachtlijst en tekort per stadsdeel en ondersteuningsbehoefte, "
                        + periode.get(),
                List.of(
                        "Stadsdeel",
                        "Ondersteuningsbehoefte",
                        "Vraag",
                        "Capaciteit",
                        "Bezetting",
                        "Wachtlijst",
                        "Tekort"),
                2,
                rows,
                gaps,
                anySuppressed));
    }

    private static String count(BigDecimal value, boolean onderdrukt) {
        return Cell.count(value, onderdrukt).text();
    }

    /** {@code taal_spraak} → {@code taal spraak}. */
    static String behoefte(String code) {
        return code == null ? "" : code.replace('_', ' ');
    }
}

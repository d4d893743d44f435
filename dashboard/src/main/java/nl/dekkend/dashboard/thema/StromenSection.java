package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.chart.EChartsOptions;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.toegang.Flow;

/**
 * Thuisnabijheid: the leerlingstromen from the wijk where S(B)O pupils live to the wijk of their school, one sankey per
 * soort (SBO, SO) in the latest schooljaar, with the flows as a table beside it. A flow the privacy layer hides is
 * left out of the chart and shows as suppressed in the table.
 */
final class StromenSection {

    private static final List<String> SOORTEN = List.of("SBO", "SO");

    private StromenSection() {}

    /** {@code flows}: the leerlingstromen {@code toegang.Figures} discloses to the account. */
    static List<ThemaSection> build(List<Flow> flows) {
        List<Flow> perWijk = flows.stream()
                .filter(f -> f.niveau().equals("wijk") && SOORTEN.contains(f.soort()))
                .toList();
        Optional<String> periode = perWijk.stream().map(Flow::periode).max(Periode.ORDER);
        if (periode.isEmpty()) {
            return List.of();
        }
        List<ThemaSection> sections = new ArrayList<>();
        for (String soort : SOORTEN) {
            List<Flow> shown = perWijk.stream()
                    .filter(f -> f.periode().equals(periode.get()) && f.soort().equals(soort))
                    .sorted(Comparator.comparing((Flow f) -> f.leerlingen() == null ? 0 : f.leerlingen())
                            .reversed()
                            .thenComparing(Flow::vanNaam)
                            .thenComparing(Flow::naarNaam))
                    .toList();
            if (!shown.isEmpty()) {
                sections.add(section(soort, periode.get(), shown));
            }
        }
        return sections;
    }

    private static ThemaSection section(String soort, String periode, List<Flow> flows) {
        List<Flow> visible = flows.stream().filter(f -> !f.onderdrukt()).toList();
        long hiddenCount = flows.size() - visible.size();
        int total = visible.stream().mapToInt(Flow::leerlingen).sum();
        int sameWijk = visible.stream()
                .filter(f -> f.vanGebied().equals(f.naarGebied()) && !Flow.BUITEN.equals(f.vanGebied()))
                .mapToInt(Flow::leerlingen)
                .sum();
        String school = soort.equals("SBO") ? "het SBO" : "het SO";
        String summary = visible.isEmpty()
                ? "In " + periode + " zijn alle stromen naar " + school + " afgeschermd."
                : "In " + periode + " gaan van de " + DutchFormat.count(total) + " getoonde leerlingen in " + school
                        + " er " + DutchFormat.count(sameWijk) + " in hun eigen wijk naar school"
                        + (hiddenCount == 0
                                ? "."
                                : "; " + hiddenCount + (hiddenCount == 1 ? " stroom is" : " stromen zijn")
                                        + " afgeschermd.");
        List<List<String>> rows = new ArrayList<>();
        for (Flow f : flows) {
            rows.add(List.of(
                    f.vanNaam(),
                    f.naarNaam(),
                    Cell.count(f.leerlingen() == null ? null : BigDecimal.valueOf(f.leerlingen()), f.onderdrukt())
                            .text()));
        }
        String id = "stromen-" + soort.toLowerCase(java.util.Locale.ROOT);
        String label = "Sankeydiagram van de leerlingen in " + school + " in " + periode
                + ": links de wijk waar zij wonen, rechts de wijk van hun school; hoe breder de band, hoe meer"
                + " leerlingen. " + summary + " Alle stromen staan in de tabel hieronder.";
        return new ThemaSection(
                id,
                "Van welke wijk naar welke " + soort + "-school?",
                summary,
                new ChartView("chart-" + id, option(visible), "leerlingen", label),
                "Leerlingen in " + school + " per woonwijk en wijk van de school, " + periode,
                List.of("Woonwijk", "Wijk van de school", "Leerlingen"),
                2,
                rows,
                List.of(),
                hiddenCount > 0);
    }

    /** The sankey: a node per wijk on each side (named "… (wonen)" and "… (school)", so a wijk to itself is no cycle). */
    private static String option(List<Flow> visible) {
        Set<String> nodes = new LinkedHashSet<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (Flow f : visible) {
            String from = f.vanNaam() + " (wonen)";
            String to = f.naarNaam() + " (school)";
            nodes.add(from);
            nodes.add(to);
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("source", from);
            link.put("target", to);
            link.put("value", f.leerlingen());
            links.add(link);
        }
        // a wijk has one colour on both sides, so a band from a wijk to itself reads as staying home
        List<String> wijken = new ArrayList<>();
        visible.forEach(f -> {
            if (!wijken.contains(f.vanNaam())) {
                wijken.add(f.vanNaam());
            }
            if (!wijken.contains(f.naarNaam())) {
                wijken.add(f.naarNaam());
            }
        });
        List<Map<String, Object>> data = new ArrayList<>();
        for (String node : nodes) {
            String wijk = node.substring(0, node.lastIndexOf(" ("));
            data.add(Map.of("name", node, "itemStyle", Map.of("color", ChartPalette.color(wijken.indexOf(wijk)))));
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "sankey");
        series.put("name", "Leerlingen");
        series.put("left", 8);
        series.put("right", 160);
        series.put("nodeGap", 6);
        series.put("emphasis", Map.of("focus", "adjacency"));
        series.put("lineStyle", Map.of("color", "gradient", "opacity", 0.45));
        series.put("label", Map.of("color", "#1a1a1a"));
        series.put("data", data);
        series.put("links", links);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("series", List.of(series));
        return EChartsOptions.json(option);
    }
}

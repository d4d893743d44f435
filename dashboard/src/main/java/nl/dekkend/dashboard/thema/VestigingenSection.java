package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.chart.EChartsOptions;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.toegang.Origin;

/**
 * Thuisnabijheid: the vestigingen of the region plotted by their coordinates (a scatter on longitude and latitude, no
 * map tiles), the size of a point by its pupils, with the wijken they draw most pupils from in the tooltip and in the
 * table beside it, in the latest schooljaar. The cells are those {@code toegang.Figures} discloses: a hidden total
 * draws the smallest point, a hidden wijk is not named.
 */
final class VestigingenSection {

    private static final List<String> SOORTEN = List.of("BAO", "SBO", "SO");
    private static final List<String> SOORT_NAMEN = List.of("Basisschool", "SBO", "SO");
    /** The indicator that has each soort's pupils per vestiging (a click on a point opens it), if any. */
    private static final Map<String, String> LEERLINGEN = Map.of("BAO", "leerlingen_bao", "SBO", "leerlingen_sbo");

    private static final int TOP = 3;

    private VestigingenSection() {}

    /** A vestiging: its total and its visible wijken, most pupils first. */
    private record School(Origin total, List<Origin> wijken) {

        int size() {
            return total.leerlingen() == null ? 0 : total.leerlingen();
        }

        String naam() {
            return total.vestigingNaam() == null || total.vestigingNaam().isBlank()
                    ? total.vestiging()
                    : total.vestigingNaam();
        }

        /** The wijken most pupils live in, as far as shown; else why none are named. */
        String top() {
            return wijken.stream()
                    .limit(TOP)
                    .map(o -> o.woonWijkNaam() + " (" + DutchFormat.count(o.leerlingen()) + ")")
                    .reduce((a, b) -> a + ", " + b)
                    .orElse(
                            total.onderdrukt()
                                    ? "afgeschermd"
                                    : "afgeschermd (anders zijn kleine aantallen terug te rekenen)");
        }
    }

    static Optional<ThemaSection> build(List<Origin> origins, SectionLinks links) {
        Optional<String> periode = origins.stream().map(Origin::periode).max(Periode.ORDER);
        if (periode.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Origin> totals = new LinkedHashMap<>();
        Map<String, List<Origin>> wijken = new LinkedHashMap<>();
        for (Origin o : origins) {
            if (!o.periode().equals(periode.get())) {
                continue;
            }
            if (o.woonWijk().equals(Origin.TOTAAL)) {
                totals.put(o.vestiging(), o);
            } else if (!o.onderdrukt()) {
                wijken.computeIfAbsent(o.vestiging(), k -> new ArrayList<>()).add(o);
            }
        }
        List<School> schools = totals.values().stream()
                .map(t -> new School(
                        t,
                        wijken.getOrDefault(t.vestiging(), List.of()).stream()
                                .sorted(Comparator.comparing(Origin::leerlingen)
                                        .reversed()
                                        .thenComparing(Origin::woonWijkNaam))
                                .toList()))
                .sorted(Comparator.comparing(School::size)
                        .reversed()
                        .thenComparing(School::naam)
                        .thenComparing(s -> s.total().vestiging()))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (School s : schools) {
            rows.add(List.of(
                    s.naam(),
                    SOORT_NAMEN.get(Math.max(0, SOORTEN.indexOf(s.total().soort()))),
                    s.top(),
                    Cell.count(
                                    s.total().leerlingen() == null
                                            ? null
                                            : BigDecimal.valueOf(s.total().leerlingen()),
                                    s.total().onderdrukt())
                            .text()));
        }
        List<School> plotted = schools.stream()
                .filter(s -> s.total().latitude() != null && s.total().longitude() != null)
                .toList();
        String summary = summary(periode.get(), schools, plotted.size());
        String label = "Spreidingsdiagram van de " + plotted.size() + " vestigingen met coördinaten in "
                + periode.get() + ": horizontaal de lengtegraad, verticaal de breedtegraad, hoe groter de stip hoe meer"
                + " leerlingen; de kleur is de soort school. " + summary
                + " De vestigingen met hun leerlingen en woonwijken staan in de tabel hieronder.";
        return Optional.of(new ThemaSection(
                "vestigingen",
                "Waar liggen de scholen, en uit welke wijken komen hun leerlingen?",
                summary,
                plotted.isEmpty()
                        ? null
                        : new ChartView("chart-vestigingen", option(plotted, periode.get(), links), "", label),
                "Vestigingen met hun leerlingen en de wijken waar de meesten wonen, " + periode.get(),
                List.of("Vestiging", "Soort", "Belangrijkste woonwijken (leerlingen)", "Leerlingen"),
                3,
                rows,
                List.of(),
                origins.stream().anyMatch(o -> o.periode().equals(periode.get()) && o.onderdrukt())));
    }

    private static String summary(String periode, List<School> schools, int plotted) {
        Optional<School> biggest = schools.stream()
                .filter(s -> !s.total().onderdrukt() && !s.wijken().isEmpty())
                .findFirst();
        String start = "In " + periode + " staan " + plotted + " van de " + schools.size() + " vestigingen op de kaart";
        return biggest.map(s -> start + "; van de grootste vestiging met zichtbare woonwijken, " + s.naam() + " ("
                        + DutchFormat.count(s.size()) + " leerlingen), komen de meeste leerlingen uit "
                        + s.wijken().get(0).woonWijkNaam() + ".")
                .orElse(start + ".");
    }

    /** A value axis around the coordinates with a margin, so no point sits on its edge. */
    private static Map<String, Object> axis(String name, List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double margin = Math.max(0.01, (max - min) * 0.1);
        Map<String, Object> axis = new LinkedHashMap<>();
        axis.put("type", "value");
        axis.put("name", name);
        axis.put("min", Math.floor((min - margin) * 100) / 100);
        axis.put("max", Math.ceil((max + margin) * 100) / 100);
        if (name.equals("lengtegraad")) {
            axis.put("nameLocation", "middle");
            axis.put("nameGap", 28);
        }
        return axis;
    }

    /** The scatter: a series per soort, a point per vestiging at [lengtegraad, breedtegraad]. */
    private static String option(List<School> schools, String periode, SectionLinks links) {
        int max = schools.stream().mapToInt(School::size).max().orElse(1);
        List<Object> series = new ArrayList<>();
        List<List<String>> clicks = new ArrayList<>();
        for (int i = 0; i < SOORTEN.size(); i++) {
            String soort = SOORTEN.get(i);
            List<Object> data = new ArrayList<>();
            List<String> to = new ArrayList<>();
            for (School s : schools) {
                if (!s.total().soort().equals(soort)) {
                    continue;
                }
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("name", s.naam());
                point.put("value", List.of(s.total().longitude(), s.total().latitude()));
                point.put("symbolSize", Math.round(6 + 30 * Math.sqrt((double) s.size() / Math.max(1, max))));
                List<String> lines = new ArrayList<>();
                lines.add(s.naam() + " (" + SOORT_NAMEN.get(i).toLowerCase(Locale.ROOT) + ")");
                lines.add("Leerlingen: "
                        + (s.total().onderdrukt() ? DutchFormat.SUPPRESSED : DutchFormat.count(s.size())));
                if (!s.wijken().isEmpty()) {
                    lines.add("Meeste leerlingen uit: " + s.top());
                }
                point.put("lines", lines);
                data.add(point);
                String indicator = LEERLINGEN.get(soort);
                to.add(
                        indicator == null
                                ? ""
                                : links.down(indicator, "vestiging", s.total().vestiging(), periode));
            }
            if (data.isEmpty()) {
                continue;
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("type", "scatter");
            one.put("name", SOORT_NAMEN.get(i));
            one.put("color", ChartPalette.color(i));
            one.put("itemStyle", Map.of("opacity", 0.75, "borderColor", "#1a1a1a", "borderWidth", 0.5));
            one.put("data", data);
            series.add(one);
            clicks.add(to);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("links", clicks);
        option.put("tooltip", Map.of("trigger", "item", "lines", true));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", "3%", "right", "4%", "top", 30, "bottom", 60, "containLabel", true));
        option.put(
                "xAxis",
                axis(
                        "lengtegraad",
                        schools.stream().map(s -> s.total().longitude()).toList()));
        option.put(
                "yAxis",
                axis(
                        "breedtegraad",
                        schools.stream().map(s -> s.total().latitude()).toList()));
        option.put("series", series);
        return EChartsOptions.json(option);
    }
}

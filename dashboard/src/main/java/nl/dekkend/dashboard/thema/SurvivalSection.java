package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.chart.EChartsOptions;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.toegang.SurvivalStep;

/**
 * Tijdelijkheid: how long a placement in SBO or SO lasts, as the Kaplan–Meier curves of {@code kpi_survival} (as
 * {@code toegang.Figures} discloses them to the viewer) per soort for the newest period, with the median and a table
 * of the share still placed after 1, 2, 3 and 4 years. A year is 365 days; past the last observed day a curve is
 * unknown ("–").
 */
final class SurvivalSection {

    static final List<Integer> YEARS = List.of(1, 2, 3, 4);

    private SurvivalSection() {}

    static Optional<ThemaSection> build(List<SurvivalStep> steps) {
        Optional<String> periode = steps.stream().map(SurvivalStep::periode).max(Periode.ORDER);
        if (periode.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<SurvivalStep>> curves = steps.stream()
                .filter(s -> s.periode().equals(periode.get()))
                .collect(Collectors.groupingBy(SurvivalStep::uitsplitsing, LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        String summary = "";
        int index = 0;
        for (Map.Entry<String, List<SurvivalStep>> curve : curves.entrySet()) {
            String naam = soort(curve.getKey());
            List<SurvivalStep> points = curve.getValue();
            List<List<Object>> data = curve(points);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", naam);
            line.put("type", "line");
            line.put("step", "end");
            line.put("showSymbol", false);
            line.put("color", ChartPalette.color(index++));
            line.put("data", data);
            series.add(line);
            Optional<Integer> median = points.stream()
                    .filter(s -> s.survival().compareTo(new BigDecimal("0.5")) <= 0)
                    .map(SurvivalStep::dag)
                    .findFirst();
            int lastDay = points.get(points.size() - 1).dag();
            List<String> row = new ArrayList<>();
            row.add(naam);
            row.add(DutchFormat.count(points.get(0).plaatsingen()));
            for (int year : YEARS) {
                row.add(at(points, year * 365, lastDay));
            }
            String medianText = median.map(d -> DutchFormat.count(d) + " dagen").orElse("niet bereikt");
            row.add(medianText);
            rows.add(row);
            if (curve.getKey().isEmpty() || summary.isEmpty()) {
                summary = "Van de " + DutchFormat.count(points.get(0).plaatsingen()) + " plaatsingen ("
                        + naam.toLowerCase(java.util.Locale.ROOT) + ", " + periode.get()
                        + ") is na één jaar naar schatting "
                        + at(points, 365, lastDay) + " nog geplaatst; de mediane duur is " + medianText + ".";
            }
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", "3%", "right", "4%", "top", 30, "bottom", 70, "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "value",
                        "name",
                        "dagen sinds de start van de plaatsing",
                        "nameLocation",
                        "middle",
                        "nameGap",
                        28,
                        "min",
                        0,
                        "interval",
                        365));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", 100));
        option.put("series", series);
        String label =
                "Trapgrafiek (Kaplan–Meier) van het aandeel plaatsingen dat na zoveel dagen nog loopt, per soort, "
                        + periode.get() + ". " + summary
                        + " De cijfers op 1, 2, 3 en 4 jaar staan in de tabel hieronder.";
        ChartView chart = new ChartView("chart-survival", EChartsOptions.json(option), "%", label);
        List<String> kop = new ArrayList<>(List.of("Soort", "Plaatsingen"));
        YEARS.forEach(y -> kop.add("Na " + y + " jaar"));
        kop.add("Mediane duur");
        return Optional.of(new ThemaSection(
                "duur",
                "Hoe lang duurt een plaatsing?",
                summary,
                chart,
                "Aandeel plaatsingen dat na 1, 2, 3 en 4 jaar nog loopt, per soort, " + periode.get(),
                kop,
                1,
                rows,
                List.of(
                        "Een plaatsing die op de peildatum nog loopt telt mee tot de dag waarop ze het laatst is gezien;"
                                + " voorbij de laatste waargenomen dag van een curve is het aandeel onbekend (–).",
                        "De mediane duur is de eerste duur waarop de helft of meer van de plaatsingen is beëindigd;"
                                + " \"niet bereikt\" betekent dat tot de laatste waargenomen dag meer dan de helft nog loopt."),
                false));
    }

    /**
     * The points of a step curve as drawn (from day 0 at 100 %): only the days on which the drawn value changes, and
     * the last observed day, so the same curve with far fewer points (most days only censor a placement).
     */
    static List<List<Object>> curve(List<SurvivalStep> points) {
        List<List<Object>> data = new ArrayList<>();
        data.add(List.of(0, BigDecimal.valueOf(100)));
        BigDecimal drawn = BigDecimal.valueOf(100);
        for (int i = 0; i < points.size(); i++) {
            SurvivalStep s = points.get(i);
            BigDecimal value = percent(s.survival());
            if (value.compareTo(drawn) != 0 || i == points.size() - 1) {
                data.add(List.of(s.dag(), value));
                drawn = value;
            }
        }
        return data;
    }

    /** S(t) of a step curve: the survival of the last step on or before day t; unknown past the last observed day. */
    static String at(List<SurvivalStep> points, int day, int lastDay) {
        if (day > lastDay) {
            return DutchFormat.NO_VALUE;
        }
        BigDecimal s = BigDecimal.ONE;
        for (SurvivalStep p : points) {
            if (p.dag() <= day) {
                s = p.survival();
            }
        }
        return DutchFormat.value(percent(s), "%", 1);
    }

    private static BigDecimal percent(BigDecimal survival) {
        return survival.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }

    static String soort(String uitsplitsing) {
        if (uitsplitsing == null || uitsplitsing.isEmpty()) {
            return "Alle plaatsingen";
        }
        if (uitsplitsing.startsWith("SO-")) {
            return "SO categorie " + uitsplitsing.substring(3);
        }
        return uitsplitsing;
    }
}

package nl.dekkend.dashboard.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ECharts options of a heat map of counts: columns × rows, each cell labelled with its number, coloured from
 * white (none) to dark red (most), with a horizontal legend below. The theme pages' matrices (plekken per stadsdeel
 * and ondersteuningsbehoefte, ijkpunten per bestuur) share it.
 *
 * @param columns the x-axis categories, in order
 * @param rows the y-axis categories, in order
 * @param data per cell {@code [column index, row index, value]}
 * @param max the largest value (the darkest colour)
 * @param seriesName what a cell counts, for the tooltip
 * @param mostText the legend's word for the darkest end
 * @param noneText the legend's word for the white end
 * @param wrapColumns whether long column names wrap under the axis instead of being skipped
 */
public record HeatMap(
        List<String> columns,
        List<String> rows,
        List<?> data,
        Number max,
        String seriesName,
        String mostText,
        String noneText,
        boolean wrapColumns) {

    public Map<String, Object> option() {
        Map<String, Object> xAxis = new LinkedHashMap<>();
        xAxis.put("type", "category");
        xAxis.put("data", columns);
        xAxis.put("splitArea", Map.of("show", true));
        if (wrapColumns) {
            xAxis.put("axisLabel", Map.of("interval", 0, "width", 120, "overflow", "break"));
        }
        Map<String, Object> visualMap = new LinkedHashMap<>();
        visualMap.put("min", 0);
        visualMap.put("max", max);
        visualMap.put("calculable", false);
        visualMap.put("orient", "horizontal");
        visualMap.put("left", "center");
        visualMap.put("bottom", 0);
        visualMap.put("text", List.of(mostText, noneText));
        visualMap.put("inRange", Map.of("color", List.of("#f7f7f7", "#f4a582", "#b2182b")));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", seriesName);
        series.put("type", "heatmap");
        // a hidden cell ("-": no colour) is labelled as the table shows it, so it does not read as empty
        series.put(
                "data",
                data.stream()
                        .map(cell -> cell instanceof List<?> xyz && xyz.size() == 3 && "-".equals(xyz.get(2))
                                ? (Object) Map.of(
                                        "value",
                                        xyz,
                                        "label",
                                        Map.of("formatter", nl.dekkend.dashboard.format.DutchFormat.SUPPRESSED))
                                : cell)
                        .toList());
        series.put("label", Map.of("show", true));

        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", "3%", "right", "4%", "top", 20, "bottom", 80, "containLabel", true));
        option.put("xAxis", xAxis);
        option.put("yAxis", Map.of("type", "category", "data", rows, "splitArea", Map.of("show", true)));
        option.put("visualMap", visualMap);
        option.put("series", List.of(series));
        return option;
    }
}

package nl.dekkend.dashboard.chart;

import java.util.List;

/**
 * What a template needs to place one chart: an element id, the option JSON (already safe inside a
 * {@code <script type="application/json">}), the unit for the browser-side number formatting and a short text
 * alternative; the full figures are in the table the page shows next to it.
 */
public record ChartView(String id, String json, String unit, String label) {

    public static ChartView of(String id, ChartSpec spec, String label) {
        return new ChartView(id, EChartsOptions.json(spec), spec.unit(), label);
    }

    /**
     * The same chart with, per x category, the page a click on it opens ({@code links} in the option, which
     * {@code static/js/charts.js} takes out before drawing; null or empty: that category opens nothing). The same
     * links stand in the table beside the chart, where the keyboard reaches them.
     */
    public ChartView linked(List<String> to) {
        String links = EChartsOptions.json(java.util.Map.of(
                "links", to.stream().map(l -> l == null ? "" : l).toList()));
        // {"links":[...]} + {...option} -> {"links":[...],...option}
        return new ChartView(id, links.substring(0, links.length() - 1) + "," + json.substring(1), unit, label);
    }
}

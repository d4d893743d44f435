package nl.dekkend.dashboard.chart;

import java.util.List;

/**
 * What a template needs to place one chart: an element id, the option JSON (already safe inside a
 * {@code <script type="application/json">}), the unit for the browser-side number formatting, a short text
 * alternative, and per x category the page a click on it opens (empty: not clickable; the same links stand in the
 * table the page shows next to it, so the keyboard reaches them there).
 */
public record ChartView(String id, String json, String unit, String label, List<String> links) {

    public ChartView {
        links = links == null ? List.of() : List.copyOf(links);
    }

    public ChartView(String id, String json, String unit, String label) {
        this(id, json, unit, label, List.of());
    }

    public static ChartView of(String id, ChartSpec spec, String label) {
        return new ChartView(id, EChartsOptions.json(spec), spec.unit(), label);
    }

    /** The same chart, each x category opening the page of its link (null: that category opens nothing). */
    public ChartView linked(List<String> to) {
        return new ChartView(
                id, json, unit, label, to.stream().map(l -> l == null ? "" : l).toList());
    }

    /** The links as JSON for the {@code data-chart-links} attribute (the template escapes it). */
    public String linksJson() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(links);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

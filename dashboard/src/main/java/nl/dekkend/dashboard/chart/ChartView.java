package nl.dekkend.dashboard.chart;

/**
 * What a template needs to place one chart: an element id, the option JSON (already safe inside a
 * {@code <script type="application/json">}), the unit for the browser-side number formatting and a short text
 * alternative; the full figures are in the table the page shows next to it.
 */
public record ChartView(String id, String json, String unit, String label) {

    public static ChartView of(String id, ChartSpec spec, String label) {
        return new ChartView(id, EChartsOptions.json(spec), spec.unit(), label);
    }
}

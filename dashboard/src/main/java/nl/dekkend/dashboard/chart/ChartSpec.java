package nl.dekkend.dashboard.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A chart as data: a title, the categories on the x-axis (periods, areas), the series, the unit of the y-axis
 * ({@code %}, {@code €}, …), the kind of chart and an optional norm drawn as a horizontal line.
 * {@link EChartsOptions} turns it into an ECharts option.
 */
public record ChartSpec(
        String title, List<String> x, List<ChartSeries> series, String unit, Kind kind, BigDecimal norm) {

    /** Line chart; a small one with its axes but no legend; bars side by side; bars stacked per category. */
    public enum Kind {
        LINE,
        SPARKLINE,
        BAR,
        STACKED_BAR
    }

    /** A line chart without a norm line. */
    public ChartSpec(String title, List<String> x, List<ChartSeries> series, String unit) {
        this(title, x, series, unit, Kind.LINE, null);
    }

    public ChartSpec {
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        x = List.copyOf(x);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.values().size() != x.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has "
                        + s.values().size() + " values for " + x.size() + " x categories");
            }
        }
    }
}

package nl.dekkend.dashboard.chart;

import java.util.List;
import java.util.Objects;

/**
 * A line chart as data: a title, the categories on the x-axis (periods), the series and the unit of the
 * y-axis ({@code %}, {@code €}, …). {@link EChartsOptions} turns it into an ECharts option.
 */
public record ChartSpec(String title, List<String> x, List<ChartSeries> series, String unit) {

    public ChartSpec {
        Objects.requireNonNull(title, "title must not be null");
        x = List.copyOf(x);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.values().size() != x.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + x.size() + " x categories");
            }
        }
    }
}

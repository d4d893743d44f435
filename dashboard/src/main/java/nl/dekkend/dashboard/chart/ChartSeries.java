package nl.dekkend.dashboard.chart;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line: its name in the legend, one value per x category (null where there is no figure), its colour and
 * whether it is dashed (reference lines such as the national figure).
 */
public record ChartSeries(String name, List<BigDecimal> values, String color, boolean dashed) {

    public ChartSeries {
        Objects.requireNonNull(name, "name must not be null");
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values)); // nulls allowed
    }
}

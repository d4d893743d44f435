package nl.dekkend.dashboard.trend;

import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.StatusLabel;

/** One line of a trend table: one indicator in one period, formatted. */
public record TrendRow(
        String periode,
        String indicator,
        Cell teller,
        Cell noemer,
        Cell waarde,
        String landelijk,
        String norm,
        StatusLabel status) {}

package nl.dekkend.dashboard.kpi;

import java.math.BigDecimal;

/**
 * One row of {@code kpi_values}. For a suppressed row ({@code onderdrukt}) the queries already return
 * {@code teller}, {@code noemer} and {@code waarde} as null, so no suppressed figure ever reaches a page or the
 * API.
 */
public record KpiValue(
        String indicator,
        String periode,
        String niveau,
        String gebied,
        String gebiedNaam,
        String uitsplitsing,
        BigDecimal teller,
        BigDecimal noemer,
        BigDecimal waarde,
        BigDecimal norm,
        String status,
        boolean onderdrukt) {}

package nl.dekkend.dashboard.kpi;

import java.math.BigDecimal;

/**
 * One row of {@code kpi_values}. Pages and the API get these only from {@code toegang.Figures}: for a hidden cell
 * ({@code onderdrukt}) teller, noemer, waarde, norm and status are null there.
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

package nl.dekkend.dashboard.kpi;

import java.math.BigDecimal;

/** A national reference figure ({@code kpi_national}), as DUO publishes it. */
public record NationalValue(String indicator, String periode, BigDecimal waarde) {}

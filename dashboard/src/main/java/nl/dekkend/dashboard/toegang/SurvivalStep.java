package nl.dekkend.dashboard.toegang;

import java.math.BigDecimal;

/**
 * One step of a placement-duration curve ({@code kpi_survival}): on day {@code dag}, {@code events} placements ended
 * and {@code censored} were last seen still running, of {@code atRisk} observed that long; {@code survival} is S(dag).
 */
public record SurvivalStep(
        String periode,
        String gebied,
        String uitsplitsing,
        int dag,
        int plaatsingen,
        int atRisk,
        int events,
        int censored,
        BigDecimal survival) {}

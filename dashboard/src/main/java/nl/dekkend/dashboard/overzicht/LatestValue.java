package nl.dekkend.dashboard.overzicht;

import java.math.BigDecimal;

/** The latest SWV total of one indicator, with what the catalog says about it. */
public record LatestValue(
        String indicator,
        String naam,
        String eenheid,
        int decimalen,
        String richting,
        String thema,
        String periode,
        BigDecimal waarde,
        BigDecimal norm,
        String status,
        boolean onderdrukt) {}

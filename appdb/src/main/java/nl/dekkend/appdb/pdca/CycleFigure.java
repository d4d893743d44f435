package nl.dekkend.appdb.pdca;

import java.math.BigDecimal;

/** One figure a cycle covers: an indicator's value at one level and area, with the norm and status it had. */
public record CycleFigure(
        String indicator,
        String periode,
        String niveau,
        String gebied,
        String gebiedNaam,
        BigDecimal teller,
        BigDecimal noemer,
        BigDecimal waarde,
        String planperiode,
        String richting,
        BigDecimal norm,
        BigDecimal grens,
        String status,
        boolean onderdrukt) {}

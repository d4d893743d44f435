package nl.dekkend.appdb.pdca;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of a norm, as kept in the append-only history; {@code oud*} empty for the catalog's default. */
public record NormChange(
        String indicator,
        String planperiode,
        String oudeRichting,
        BigDecimal oudeNorm,
        BigDecimal oudeGrens,
        String nieuweRichting,
        BigDecimal nieuweNorm,
        BigDecimal nieuweGrens,
        String reden,
        String door,
        Instant op) {}

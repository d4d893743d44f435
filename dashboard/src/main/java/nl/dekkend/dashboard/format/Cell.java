package nl.dekkend.dashboard.format;

import java.math.BigDecimal;

/**
 * A formatted figure for a page: the text, and whether it stands for a suppressed cell (then the text is
 * {@code < 5} and the template adds the Dutch explanation).
 */
public record Cell(String text, boolean onderdrukt) {

    public static Cell of(BigDecimal value, String eenheid, int decimalen, boolean onderdrukt) {
        return onderdrukt
                ? new Cell(DutchFormat.SUPPRESSED, true)
                : new Cell(DutchFormat.value(value, eenheid, decimalen), false);
    }

    /** A teller or noemer: a count of pupils, shown with the decimals it has (usually none). */
    public static Cell count(BigDecimal value, boolean onderdrukt) {
        if (onderdrukt) {
            return new Cell(DutchFormat.SUPPRESSED, true);
        }
        int decimals =
                value == null ? 0 : Math.max(0, value.stripTrailingZeros().scale());
        return new Cell(DutchFormat.number(value, decimals), false);
    }

    public String explanation() {
        return onderdrukt ? DutchFormat.SUPPRESSED_EXPLANATION : "";
    }
}

package nl.dekkend.dashboard.format;

import java.math.BigDecimal;

/** A norm as a page shows it: {@code ≤ 3,00 %} for lager_beter, {@code ≥ 99,00 %} for hoger_beter. */
public final class NormText {

    private NormText() {}

    public static String of(BigDecimal norm, String richting, String eenheid, int decimalen) {
        if (norm == null) {
            return DutchFormat.NO_VALUE;
        }
        String value = DutchFormat.value(norm, eenheid, decimalen);
        if ("lager_beter".equals(richting)) {
            return "≤ " + value;
        }
        if ("hoger_beter".equals(richting)) {
            return "≥ " + value;
        }
        return value;
    }
}

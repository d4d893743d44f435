package nl.dekkend.dashboard.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The indicator CSV of contracts/INDICATOREN.md ({@code indicator;periode;niveau;gebied;teller;noemer;waarde;eenheid;
 * norm;status;onderdrukt}, decimal points), from rows that already passed the privacy layer.
 */
final class IndicatorCsv {

    static final String HEADER = "indicator;periode;niveau;gebied;teller;noemer;waarde;eenheid;norm;status;onderdrukt";

    private IndicatorCsv() {}

    static String of(List<IndicatorRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (IndicatorRow r : rows) {
            csv.append(String.join(
                            ";",
                            field(r.indicator()),
                            field(r.periode()),
                            field(r.niveau()),
                            field(r.gebied()),
                            number(r.teller()),
                            number(r.noemer()),
                            number(r.waarde()),
                            field(r.eenheid()),
                            number(r.norm()),
                            field(r.status()),
                            r.onderdrukt() ? "ja" : "nee"))
                    .append('\n');
        }
        return csv.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** A text field; a field with ; " or a line break is quoted. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        return value.matches(".*[;\"\\r\\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}

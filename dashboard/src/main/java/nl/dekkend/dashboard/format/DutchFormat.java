package nl.dekkend.dashboard.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dutch number and date formatting for everything a user sees: {@code 1,83 %}, {@code € 5.613.518},
 * {@code 3,4 km}, {@code 1.234}, {@code 1-10-2023}. Values are rounded half-up to the catalog's decimals, the
 * way DUO publishes them. Stateless; {@link DecimalFormat} instances are made per call as they are not
 * thread-safe.
 */
public final class DutchFormat {

    /** Shown where a cell has no value (a zero denominator, a missing period). */
    public static final String NO_VALUE = "–";
    /** Shown instead of a suppressed teller, noemer or waarde. */
    public static final String SUPPRESSED = "< 5";

    public static final String SUPPRESSED_EXPLANATION =
            "onderdrukt: minder dan 5 leerlingen, of verborgen zodat zo'n kleine cel niet terug te rekenen is";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private DutchFormat() {}

    /**
     * A value in its unit ({@code eenheid} of the catalog): {@code %} → {@code 1,83 %}, {@code €} →
     * {@code € 5.613.518}, counts ({@code leerlingen}, {@code aantal}) → {@code 1.234}, other units follow
     * the number ({@code 3,4 km}, {@code 45 dagen}, {@code 2,1 per 100}).
     */
    public static String value(BigDecimal value, String eenheid, int decimalen) {
        if (value == null) {
            return NO_VALUE;
        }
        String number = number(value, decimalen);
        String unit = eenheid == null ? "" : eenheid.trim();
        switch (unit) {
            case "":
            case "leerlingen":
            case "aantal":
                return number;
            case "€":
                return "€ " + number;
            default:
                return number + " " + unit;
        }
    }

    /** A number with Dutch separators, rounded half-up: {@code 1234.5, 1} → {@code 1.234,5}. */
    public static String number(BigDecimal value, int decimalen) {
        if (value == null) {
            return NO_VALUE;
        }
        if (decimalen < 0) {
            throw new IllegalArgumentException("decimalen must be 0 or more, was " + decimalen);
        }
        DecimalFormat format =
                new DecimalFormat(decimalen == 0 ? "#,##0" : "#,##0." + "0".repeat(decimalen), symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimalen, RoundingMode.HALF_UP));
    }

    /** A whole count: {@code 17283} → {@code 17.283}. */
    public static String count(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }

    /** A date the Dutch way: {@code 1-10-2023}. */
    public static String date(LocalDate date) {
        return date == null ? NO_VALUE : DATE.format(date);
    }

    /** A moment the Dutch way: {@code 1-10-2023 14:05}. */
    public static String dateTime(LocalDateTime moment) {
        return moment == null ? NO_VALUE : DATE_TIME.format(moment);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        return symbols;
    }
}

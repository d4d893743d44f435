package nl.dekkend.ingest.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekkend.ingest.contract.ColumnType;

/**
 * Turns cell text into typed values, the Dutch way: decimal comma and thousands dot, dates
 * {@code dd-mm-jjjj}, {@code d-m-jjjj} or {@code jjjj-mm-dd}, booleans ja/nee, j/n, 1/0, true/false.
 * Blank (also DUO's single space) is empty and parses to null.
 */
public final class ValueParser {

    /** Longest text value stored; longer cells go to quarantine instead of into the lake. */
    public static final int MAX_TEXT_LENGTH = 4000;

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    private static final Pattern YMD =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]00:00(?::00(?:\\.0+)?)?)?");
    private static final Pattern DUTCH_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+|\\d+\\.");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d*,\\d+|\\d+,");
    private static final Pattern AMBIGUOUS_THOUSANDS = Pattern.compile("\\d{1,3}\\.\\d{3}");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(\\.\\d+)?[eE][+-]?\\d+");
    private static final BigDecimal DECIMAL_LIMIT = new BigDecimal("100000000000000"); // 10^14: decimal(18,4)

    private ValueParser() {}

    /** Null for blank text. */
    public static String emptyToNull(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * Parses a non-blank, stripped value.
     *
     * @param plainNumbers the file writes numbers machine-style (XLSX)
     */
    public static Object parse(String s, ColumnType type, boolean plainNumbers) throws ValueException {
        return parse(s, type, plainNumbers, false);
    }

    /**
     * As {@link #parse(String, ColumnType, boolean)}; with {@code dutchLocale} (a {@code ;}-separated file)
     * a lone group like {@code 2.100} is read as two thousand one hundred.
     */
    public static Object parse(String s, ColumnType type, boolean plainNumbers, boolean dutchLocale)
            throws ValueException {
        return switch (type) {
            case STRING -> text(s);
            case INT ->
                integer(s, plainNumbers, Integer.MIN_VALUE, Integer.MAX_VALUE).intValueExact();
            case BIGINT ->
                integer(s, plainNumbers, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
            case DECIMAL -> decimal(s, plainNumbers, dutchLocale);
            case DATE -> date(s);
            case BOOLEAN -> bool(s);
        };
    }

    static String text(String s) throws ValueException {
        if (s.length() > MAX_TEXT_LENGTH) {
            throw new ValueException("tekst is te lang (" + s.length() + " tekens, maximaal " + MAX_TEXT_LENGTH + ")");
        }
        return s;
    }

    public static BigDecimal number(String s, boolean plainNumbers, boolean groupedThousands) throws ValueException {
        String t = s.replace("\u00A0", "").replace(" ", "").replace("€", "");
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("+")) {
            negative = t.startsWith("-");
            t = t.substring(1);
        }
        String canonical;
        if (plainNumbers) {
            if (!PLAIN.matcher(t).matches() && !SCIENTIFIC.matcher(t).matches()) {
                throw new ValueException("is geen geldig getal");
            }
            canonical = t;
        } else if (DUTCH_GROUPED.matcher(t).matches()
                && (t.contains(",") || groupedThousands || t.indexOf('.') != t.lastIndexOf('.'))) {
            canonical = t.replace(".", "").replace(',', '.');
        } else if (DECIMAL_COMMA.matcher(t).matches()) {
            canonical = t.replace(',', '.');
        } else if (ENGLISH_GROUPED.matcher(t).matches() && t.contains(".")) {
            canonical = t.replace(",", "");
        } else if (PLAIN.matcher(t).matches()) {
            canonical = t;
        } else {
            throw new ValueException("is geen geldig getal (voorbeeld: 1.234,56 of 1234.56)");
        }
        if (groupedThousands && !plainNumbers && AMBIGUOUS_THOUSANDS.matcher(t).matches()) {
            canonical = t.replace(".", "");
        }
        try {
            BigDecimal n = new BigDecimal(canonical);
            return negative ? n.negate() : n;
        } catch (NumberFormatException e) {
            throw new ValueException("is geen geldig getal");
        }
    }

    static BigDecimal integer(String s, boolean plainNumbers, long min, long max) throws ValueException {
        BigDecimal n = number(s, plainNumbers, true);
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw new ValueException("is geen geheel getal");
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ValueException("is te groot voor een geheel getal");
        }
        return stripped.setScale(0, RoundingMode.UNNECESSARY);
    }

    static BigDecimal decimal(String s, boolean plainNumbers, boolean dutchLocale) throws ValueException {
        BigDecimal n = number(s, plainNumbers, dutchLocale);
        if (n.abs().compareTo(DECIMAL_LIMIT) >= 0) {
            throw new ValueException("is te groot (maximaal 14 cijfers voor de komma)");
        }
        return n.setScale(4, RoundingMode.HALF_UP);
    }

    public static LocalDate date(String s) throws ValueException {
        Matcher dmy = DMY.matcher(s);
        Matcher ymd = YMD.matcher(s);
        int y;
        int m;
        int d;
        if (dmy.matches()) {
            d = Integer.parseInt(dmy.group(1));
            m = Integer.parseInt(dmy.group(2));
            y = Integer.parseInt(dmy.group(3));
        } else if (ymd.matches()) {
            y = Integer.parseInt(ymd.group(1));
            m = Integer.parseInt(ymd.group(2));
            d = Integer.parseInt(ymd.group(3));
        } else {
            throw new ValueException("is geen geldige datum (verwacht dd-mm-jjjj, d-m-jjjj of jjjj-mm-dd)");
        }
        if (y < 1900 || y > 2199) {
            throw new ValueException("is geen geldige datum (jaar " + y + " valt buiten 1900–2199)");
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new ValueException("is geen geldige datum");
        }
    }

    static Boolean bool(String s) throws ValueException {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "1", "true" -> Boolean.TRUE;
            case "nee", "n", "0", "false" -> Boolean.FALSE;
            default -> throw new ValueException("is geen geldige ja/nee-waarde (ja/nee, j/n, 1/0, true/false)");
        };
    }
}

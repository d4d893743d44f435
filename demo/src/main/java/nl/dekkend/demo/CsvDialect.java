package nl.dekkend.demo;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How one CSV file is spelled: separator, encoding, BOM, decimal mark, date pattern, booleans. */
record CsvDialect(
        char separator,
        Charset charset,
        boolean bom,
        boolean decimalComma,
        boolean thousandsDot,
        String datePattern,
        String yes,
        String no,
        String lineEnd) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** {@code ;}, Windows-1252, decimal comma, dates like 1-10-2015: the classic Dutch Excel export. */
    static final CsvDialect EXCEL_NL =
            new CsvDialect(';', WINDOWS_1252, false, true, false, "d-M-yyyy", "ja", "nee", "\r\n");
    /** As {@link #EXCEL_NL} with thousands dots (1.234,5). */
    static final CsvDialect EXCEL_NL_THOUSANDS =
            new CsvDialect(';', WINDOWS_1252, false, true, true, "dd-MM-yyyy", "j", "n", "\r\n");
    /** {@code ;}, UTF-8 with BOM, decimal comma, dates like 01-10-2015. */
    static final CsvDialect BOM_NL =
            new CsvDialect(';', StandardCharsets.UTF_8, true, true, false, "dd-MM-yyyy", "ja", "nee", "\r\n");
    /** {@code ;}, UTF-8 with BOM, ISO dates. */
    static final CsvDialect BOM_ISO =
            new CsvDialect(';', StandardCharsets.UTF_8, true, true, false, "yyyy-MM-dd", "1", "0", "\n");
    /** {@code ;}, UTF-8 without BOM, ISO dates. */
    static final CsvDialect UTF8_SEMICOLON =
            new CsvDialect(';', StandardCharsets.UTF_8, false, true, false, "yyyy-MM-dd", "ja", "nee", "\n");
    /** {@code ,}, UTF-8 without BOM, decimal point, ISO dates: an export from an international tool. */
    static final CsvDialect INTERNATIONAL =
            new CsvDialect(',', StandardCharsets.UTF_8, false, false, false, "yyyy-MM-dd", "true", "false", "\n");

    private static final java.util.Map<String, DateTimeFormatter> DATE_FORMATS = java.util.Map.of(
            "d-M-yyyy", DateTimeFormatter.ofPattern("d-M-yyyy"),
            "dd-MM-yyyy", DateTimeFormatter.ofPattern("dd-MM-yyyy"),
            "yyyy-MM-dd", DateTimeFormatter.ISO_LOCAL_DATE);

    String format(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDate date) {
            return DATE_FORMATS.get(datePattern).format(date);
        }
        if (cell instanceof BigDecimal number) {
            return formatDecimal(number);
        }
        if (cell instanceof Boolean b) {
            return b ? yes : no;
        }
        return cell.toString();
    }

    private String formatDecimal(BigDecimal number) {
        if (thousandsDot) {
            DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator('.');
            DecimalFormat f = new DecimalFormat("#,##0", symbols);
            f.setMinimumFractionDigits(Math.max(0, number.scale()));
            f.setMaximumFractionDigits(Math.max(0, number.scale()));
            return f.format(number);
        }
        String plain = number.toPlainString();
        return decimalComma ? plain.replace('.', ',') : plain;
    }
}

package nl.dekkend.dashboard.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table as it leaves the dashboard: a file name, a header row, the rows (a {@link BigDecimal} is a number, anything
 * else text; {@code null} is an empty cell) and the explanation for the second sheet (definitions, source, scope).
 * Build it only from what {@code toegang.Figures} returned, so the viewer's scope and suppression hold.
 */
public record ExportTable(
        String bestand, String blad, List<Column> kolommen, List<List<Object>> rijen, List<List<String>> toelichting) {

    public ExportTable {
        kolommen = List.copyOf(kolommen);
        rijen = rijen.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
        toelichting = toelichting.stream().map(List::copyOf).toList();
        if (!bestand.matches("[a-z0-9_-]+")) {
            throw new IllegalArgumentException("export file name must be lower-case ascii, was " + bestand);
        }
        for (List<Object> row : rijen) {
            if (row.size() != kolommen.size()) {
                throw new IllegalArgumentException(
                        "row of " + row.size() + " cells under " + kolommen.size() + " columns");
            }
        }
    }

    /** A column: its header and, for numbers, the decimals a spreadsheet shows (negative: text). */
    public record Column(String kop, int decimalen) {

        public static Column text(String kop) {
            return new Column(kop, -1);
        }

        public static Column number(String kop, int decimalen) {
            return new Column(kop, Math.max(0, decimalen));
        }

        public boolean numeric() {
            return decimalen >= 0;
        }

        /** The Excel number format: thousands separated, the column's decimals; Excel shows it the Dutch way. */
        public String excelFormat() {
            return decimalen == 0 ? "#,##0" : "#,##0." + "0".repeat(decimalen);
        }
    }
}

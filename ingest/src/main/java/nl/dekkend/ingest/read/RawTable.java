package nl.dekkend.ingest.read;

import java.util.List;

/**
 * A file as read: its header, its data rows and how it was decoded.
 *
 * @param header the header cells, trimmed
 * @param rows data rows; blank lines are not rows
 * @param blankLines how many blank lines were skipped
 * @param format a short Dutch description for messages, e.g. "CSV, UTF-8 met BOM, scheidingsteken ;"
 * @param plainNumbers true when numbers are machine-formatted (XLSX): no decimal comma or thousands dot
 * @param semicolonSeparated a {@code ;}-separated CSV (Dutch locale): {@code 2.100} then means 2100, not 2,1
 */
public record RawTable(
        List<String> header,
        List<RawRow> rows,
        int blankLines,
        String format,
        boolean plainNumbers,
        boolean semicolonSeparated) {

    public RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}

package nl.dekkend.ingest.read;

import java.util.List;

/**
 * One data row as read, before typing.
 *
 * @param rij the row number a user sees in a spreadsheet (header = 1, first data row = 2)
 * @param values the cells as text, in header order; may be shorter or longer than the header
 */
public record RawRow(int rij, List<String> values) {

    public RawRow {
        values = List.copyOf(values);
    }
}

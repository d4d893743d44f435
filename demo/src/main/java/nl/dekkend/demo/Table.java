package nl.dekkend.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file's content before formatting: a header and rows of cells. Cells are {@code String}, {@code Integer},
 * {@code Long}, {@code java.math.BigDecimal}, {@code java.time.LocalDate}, {@code Boolean} or null (empty).
 */
final class Table {

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    Table row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(
                    "row has " + cells.length + " cells, header has " + header.size() + ": " + Arrays.toString(cells));
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    List<String> header() {
        return header;
    }

    List<List<Object>> rows() {
        return rows;
    }

    int size() {
        return rows.size();
    }

    /** A copy without one column: how a file that must be rejected is made. */
    Table without(String column) {
        int skip = header.indexOf(column);
        if (skip < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        List<String> h = new ArrayList<>(header);
        h.remove(skip);
        Table copy = new Table(h.toArray(String[]::new));
        for (List<Object> row : rows) {
            List<Object> r = new ArrayList<>(row);
            r.remove(skip);
            copy.rows.add(r);
        }
        return copy;
    }
}

package nl.dekkend.appdb;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A table: its columns in order, and the primary key that orders its rows in a backup. */
record Table(String name, List<Column> columns, List<String> primaryKey) {

    Optional<Column> column(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }

    String selectAll() {
        String order = primaryKey.isEmpty()
                ? IntStream.rangeClosed(1, columns.size())
                        .mapToObj(Integer::toString)
                        .collect(Collectors.joining(", "))
                : String.join(", ", primaryKey);
        return "select " + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + " from " + name
                + " order by " + order;
    }

    String insert(List<Column> values) {
        return "insert into " + name + " (" + values.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") values (" + values.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }
}

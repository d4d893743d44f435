package nl.dekkend.appdb;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The app database's own tables as its catalog describes them, for backup and restore. */
final class Catalog {

    private Catalog() {}

    /** Every table but Flyway's history, referenced tables before the tables that reference them. */
    static List<Table> tables(Connection connection, AppDatabase db) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = db.isPostgres() ? connection.getSchema() : null;
        Map<String, Set<String>> references = new TreeMap<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals("flyway_schema_history") && !name.startsWith("sqlite_")) {
                    references.put(name, new TreeSet<>());
                }
            }
        }
        for (var table : references.entrySet()) {
            try (ResultSet rows = meta.getImportedKeys(null, schema, table.getKey())) {
                while (rows.next()) {
                    String referenced = rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!referenced.equals(table.getKey())) {
                        table.getValue().add(referenced);
                    }
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < references.size()) {
            int before = ordered.size();
            references.forEach((name, needs) -> {
                if (!ordered.contains(name) && ordered.containsAll(needs)) {
                    ordered.add(name);
                }
            });
            if (ordered.size() == before) {
                throw new IllegalStateException("Kringverwijzing tussen tabellen: " + references);
            }
        }
        List<Table> tables = new ArrayList<>();
        for (String name : ordered) {
            tables.add(new Table(name, columns(meta, schema, name), primaryKey(meta, schema, name)));
        }
        return tables;
    }

    static long count(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table.name())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** After rows were inserted with their ids, identity columns continue after the highest id. */
    static void resetIdentities(Connection connection) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement("select table_name, column_name from information_schema.columns"
                                + " where table_schema = current_schema() and is_identity = 'YES'");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                identities.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] identity : identities) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select setval(pg_get_serial_sequence('" + identity[0] + "', '" + identity[1]
                        + "'), coalesce(max(" + identity[1] + "), 0) + 1, false) from " + identity[0]);
            }
        }
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, Column> columns = new TreeMap<>();
        try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                columns.put(
                        rows.getInt("ORDINAL_POSITION"),
                        new Column(
                                rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                rows.getInt("DATA_TYPE"),
                                rows.getString("TYPE_NAME")));
            }
        }
        return List.copyOf(columns.values());
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(key.values());
    }
}

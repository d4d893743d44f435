package nl.dekkend.warehouse.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.Sql;
import nl.dekkend.warehouse.WarehouseLayout;

/**
 * Write, audit, publish: builds a new DuckDB file with the Flyway migrations ({@link Duck#createMigrated}), loads one transform run's
 * export snapshot into it (one transaction per table), verifies it, and only then swaps the
 * {@code current.duckdb} link to it in one atomic rename. Until that rename, readers keep the previous
 * publication; a crash at any point leaves it serving.
 */
public final class Publisher {

    /** Row counts in a refusal with the Dutch thousands separator. */
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final WarehouseLayout layout;
    private final Clock clock;

    public Publisher(WarehouseLayout layout, Clock clock) {
        this.layout = layout;
        this.clock = clock;
    }

    public Publication publish(Path exportDir, String runId, Consumer<String> progress) {
        try {
            PublicationFolder folder = new PublicationFolder(layout);
            Path building = folder.building(runId);
            Duck.createMigrated(building);
            Map<String, Long> rows;
            List<String> problems;
            try (Connection db = Duck.open(building)) {
                rows = load(db, exportDir);
                insertPublication(db, runId, clock);
                problems = verify(db, exportDir, rows);
                try (Statement s = db.createStatement()) {
                    s.execute("checkpoint");
                }
            }
            if (!problems.isEmpty()) {
                throw folder.refuse(building, runId, problems);
            }
            Path file = folder.install(building, runId);
            progress.accept("  gepubliceerd: " + layout.current() + " -> " + file.getFileName());
            return new Publication(runId, file, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("publiceren mislukt: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("publiceren mislukt: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> load(Connection db, Path exportDir) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : servingTables(db)) {
            Path folder = exportDir.resolve(table);
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("de export mist de tabel " + table + " (" + folder + ")");
            }
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute(
                        "insert into " + table + " by name select * from read_parquet('" + parquetGlob(folder) + "')");
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw new SQLException("laden van " + table + " mislukt: " + e.getMessage(), e);
            } finally {
                db.setAutoCommit(true);
            }
            rows.put(table, count(db, "select count(*) from " + table));
        }
        return rows;
    }

    static void insertPublication(Connection db, String runId, Clock clock) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(Sql.load("publish/insert_publication"))) {
            s.setString(1, runId);
            s.setString(2, runId);
            s.setTimestamp(3, Timestamp.from(clock.instant()));
            s.executeUpdate();
        }
    }

    /** Row counts against the snapshot, the data tests of the run, and a smoke query per indicator. */
    private static List<String> verify(Connection db, Path exportDir, Map<String, Long> rows) throws SQLException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Long> table : rows.entrySet()) {
            long expected = count(
                    db, "select count(*) from read_parquet('" + parquetGlob(exportDir.resolve(table.getKey())) + "')");
            if (expected != table.getValue()) {
                problems.add(table.getKey() + ": " + String.format(DUTCH, "%,d", table.getValue()) + " rijen geladen, "
                        + String.format(DUTCH, "%,d", expected) + " verwacht");
            }
        }
        problems.addAll(checks(db));
        return problems;
    }

    /** What every publication must pass: a catalog, no failing data test, every indicator in the catalog. */
    static List<String> checks(Connection db) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (count(db, "select count(*) from kpi_definitions") == 0) {
            problems.add("de indicatorcatalogus (kpi_definitions) is leeg");
        }
        try (Statement s = db.createStatement();
                ResultSet failed = s.executeQuery(Sql.load("publish/failed_data_tests"))) {
            while (failed.next()) {
                problems.add("datatest mislukt: " + failed.getString("model") + " " + failed.getString("test") + " ("
                        + failed.getLong("foute_rijen") + " foute rijen, bijvoorbeeld " + failed.getString("voorbeeld")
                        + ")");
            }
        }
        try (Statement s = db.createStatement();
                ResultSet smoke = s.executeQuery(Sql.load("publish/smoke_per_indicator"))) {
            while (smoke.next()) {
                problems.add("indicator " + smoke.getString("indicator") + ": " + smoke.getLong("zonder_catalogus")
                        + " rijen zonder catalogusdefinitie");
            }
        }
        return problems;
    }

    static List<String> servingTables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(Sql.load("publish/serving_tables"))) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    static long count(Connection db, String query) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String parquetGlob(Path folder) {
        return folder.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''");
    }
}

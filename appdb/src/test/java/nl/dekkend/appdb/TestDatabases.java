package nl.dekkend.appdb;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh app databases for tests: a SQLite file in a temporary folder, or a new schema in the PostgreSQL
 * server named by {@code DEKKEND_TEST_PG_URL} (environment) or {@code dekkend.test.pg.url} (system
 * property), e.g. {@code jdbc:postgresql://127.0.0.1:5432/dekkend_test?user=dekkend_test&password=…}.
 * Without a server the PostgreSQL tests are skipped locally and fail under {@code CI=true}. Schemas
 * made here are dropped after each test.
 */
public final class TestDatabases implements AfterEachCallback {

    private final List<AppDatabase> opened = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();

    /** The PostgreSQL server URL, or null when none is configured. */
    public static String postgresUrl() {
        String url = System.getProperty("dekkend.test.pg.url", System.getenv("DEKKEND_TEST_PG_URL"));
        return url == null || url.isBlank() ? null : url;
    }

    /** A new, empty URL of the given kind (not yet migrated). */
    public String url(Dialect dialect) {
        return dialect == Dialect.SQLITE ? sqliteUrl() : postgresSchemaUrl();
    }

    /** A new database of the given kind, migrated; closed after the test. */
    public AppDatabase open(Dialect dialect) {
        return track(AppDatabase.open(url(dialect)));
    }

    /** Closes {@code db} after the test. */
    public AppDatabase track(AppDatabase db) {
        opened.add(db);
        return db;
    }

    private String sqliteUrl() {
        try {
            Path folder = Files.createTempDirectory("appdb-test");
            folders.add(folder);
            return "jdbc:sqlite:" + folder.resolve("dekkend.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String postgresSchemaUrl() {
        String server = postgresUrl();
        if (server == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true, but no PostgreSQL server for the app database tests: set DEKKEND_TEST_PG_URL");
            }
            Assumptions.abort("no PostgreSQL server (set DEKKEND_TEST_PG_URL to run these tests)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "create schema " + schema);
        schemas.add(schema);
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(AppDatabase::close);
        opened.clear();
        for (String schema : schemas) {
            execute(postgresUrl(), "drop schema " + schema + " cascade");
        }
        schemas.clear();
        for (Path folder : folders) {
            deleteRecursively(folder);
        }
        folders.clear();
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.dekkend.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Passwords;
import nl.dekkend.appdb.Rol;
import nl.dekkend.warehouse.Duck;

/**
 * Builds real publications for tests: a DuckDB file under {@code warehouseDir/publications/} migrated with the
 * warehouse's real Flyway migrations, filled with fixture SQL from {@code src/test/resources/fixtures/} (then the
 * catalog's privacy setting for every indicator without one, {@code onderdrukking_catalogus.sql}, and the themes and
 * levels of transform's real {@code kpi_catalog.yml} unless the fixtures gave their own), and {@code current.duckdb}
 * swapped atomically to point at it, the way the publish step does.
 */
public final class ServingFixture {

    /** The gemeente the demo account {@code gemeente} is bound to, and the bestuur of {@code bestuur}. */
    public static final String GEMEENTE = "GM1724";

    public static final String BESTUUR = "41000";

    private final Path warehouseDir;
    private AppDatabase appDatabase;

    public ServingFixture(Path warehouseDir) {
        this.warehouseDir = warehouseDir;
    }

    public Path warehouseDir() {
        return warehouseDir;
    }

    /**
     * The config with a real SQLite app database next to the warehouse folder, holding one account per role, named
     * after it (the commission's is {@code kwaliteitscommissie}); every password is {@link #password(String)}.
     */
    public DashboardConfig config() {
        return new DashboardConfig(warehouseDir, appDatabase());
    }

    public DashboardConfig config(Clock clock) {
        return new DashboardConfig(warehouseDir, appDatabase(), clock);
    }

    public AppDatabase appDatabase() {
        if (appDatabase == null) {
            Path file = warehouseDir.resolve("app.sqlite");
            copy(Templates.APP_DATABASE, file);
            appDatabase = AppDatabase.open("jdbc:sqlite:" + file);
        }
        return appDatabase;
    }

    public static String password(String account) {
        return account + "-geheim-wachtwoord";
    }

    /** Builds {@code publications/<name>.duckdb} from the fixtures, applied in order, and links it as current. */
    public Path publish(String name, String... fixtures) {
        Path file = build(name, fixtures);
        link(file);
        return file;
    }

    /** Builds the file without linking it. */
    public Path build(String name, String... fixtures) {
        return build(warehouseDir.resolve("publications"), name, fixtures);
    }

    /**
     * Builds {@code afgekeurd/<runId>.duckdb} from the fixtures, the way the warehouse keeps a publication it refused
     * to swap in; {@code current.duckdb} is left alone.
     */
    public Path refuse(String runId, String... fixtures) {
        return build(warehouseDir.resolve("afgekeurd"), runId, fixtures);
    }

    private Path build(Path folder, String name, String... fixtures) {
        try {
            Path publications = Files.createDirectories(folder);
            Path file = publications.resolve(name + ".duckdb");
            Duck.createMigrated(file);
            String url = "jdbc:duckdb:" + file;
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                for (String fixture : fixtures) {
                    statement.execute(resource("fixtures/" + fixture + ".sql"));
                }
                statement.execute(resource("fixtures/onderdrukking_catalogus.sql"));
                Catalog.insertThemesAndLevels(connection);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot build publication " + name + ": " + e.getMessage(), e);
        }
    }

    /** Points {@code current.duckdb} at the file with a relative link, swapped atomically. */
    public void link(Path file) {
        try {
            Path link = warehouseDir.resolve("current.duckdb");
            Path next = warehouseDir.resolve("current.duckdb.next");
            Files.deleteIfExists(next);
            Files.createSymbolicLink(next, warehouseDir.relativize(file));
            Files.move(next, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The app database every fixture starts from, built once per JVM and copied, with one account per role (the
     * publications start from the warehouse's migrated schema, {@link Duck#createMigrated}). The accounts are made as any
     * account is, then get an argon2id hash of the same password with the smallest cost parameters: the tests log in
     * a few hundred times, at about 0,13 s each with the production parameters (which appdb's tests hold).
     */
    private static final class Templates {

        static final Path APP_DATABASE;

        static {
            try {
                Path folder = Files.createTempDirectory("dekkend-fixture-");
                folder.toFile().deleteOnExit();
                APP_DATABASE = folder.resolve("app.sqlite");
                AppDatabase db = AppDatabase.open("jdbc:sqlite:" + APP_DATABASE);
                try {
                    Accounts accounts = new Accounts(db);
                    for (Rol rol : Rol.values()) {
                        accounts.add(
                                rol.code(),
                                rol,
                                rol == Rol.GEMEENTE ? List.of(GEMEENTE) : List.of(),
                                rol == Rol.BESTUUR ? List.of(BESTUUR) : List.of(),
                                password(rol.code()).toCharArray());
                    }
                    db.withConnection(connection -> {
                        try (PreparedStatement update =
                                connection.prepareStatement("update account set wachtwoord_hash = ? where naam = ?")) {
                            for (Rol rol : Rol.values()) {
                                update.setString(
                                        1, Passwords.hash(password(rol.code()).toCharArray(), 8, 1));
                                update.setString(2, rol.code());
                                update.executeUpdate();
                            }
                        }
                        return null;
                    });
                } finally {
                    db.close();
                }
                APP_DATABASE.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void copy(Path template, Path file) {
        try {
            Files.copy(template, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ServingFixture.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture on the test classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package nl.dekkend.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/** Opening DuckDB files, and migrating them with Flyway. */
public final class Duck {

    /** Flyway logs every step at INFO through java.util.logging; users see Dekkend's progress instead. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Duck() {}

    public static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    }

    /** Read-only; the URL parameter is ignored by the DuckDB driver, the property is not. */
    public static Connection openReadOnly(Path file) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
    }

    /** The temporary folder's name starts with this and the JVM's process id. */
    static final String TEMP_PREFIX =
            "dekkend-schema-" + ProcessHandle.current().pid() + "-";

    /** The bytes {@link #createMigrated} writes: a file Flyway migrated once per JVM, when first needed. */
    private static byte[] template;

    private static String templateVersion;

    /**
     * A new DuckDB file with the warehouse's schema, as Flyway's migrations make it: the bytes of one file that Flyway
     * migrated in this JVM (the migrations on the classpath do not change while it runs). Migrating a file costs
     * about half a second of DuckDB commits, writing the bytes some milliseconds; a run that publishes once pays the
     * same, a national run or a test that publishes many times pays it once. Fails if {@code file} exists.
     *
     * @return the schema version the file has
     */
    public static synchronized String createMigrated(Path file) throws IOException, SQLException {
        String version = schemaVersion();
        Files.write(file, template, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return version;
    }

    /**
     * The version the migrations on the classpath give a new file (Flyway's last applied migration). The migrated file
     * is kept in memory and its temporary folder deleted at once, so a JVM that is killed later leaves nothing behind;
     * the folder of a JVM killed while migrating is deleted by the next JVM that migrates ({@link #sweep}).
     */
    public static synchronized String schemaVersion() throws IOException, SQLException {
        if (template == null) {
            sweep(Path.of(System.getProperty("java.io.tmpdir")));
            Path folder = Files.createTempDirectory(TEMP_PREFIX);
            Path migrated = folder.resolve("schema.duckdb");
            try {
                String version = flyway(migrated).migrate().targetSchemaVersion;
                // everything in the one file, no write-ahead log beside it: the file is the whole database
                try (Connection db = open(migrated);
                        Statement s = db.createStatement()) {
                    s.execute("checkpoint");
                }
                template = Files.readAllBytes(migrated);
                templateVersion = version;
            } finally {
                deleteFolder(folder);
            }
        }
        return templateVersion;
    }

    /**
     * Deletes the temporary folders of JVMs that were killed while migrating (their process is gone); the folders of
     * running JVMs stay.
     */
    static void sweep(Path tmp) throws IOException {
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("dekkend-schema-(\\d+)-\\d+");
        try (var folders = Files.list(tmp)) {
            for (Path folder : (Iterable<Path>) folders::iterator) {
                var matcher = name.matcher(folder.getFileName().toString());
                if (matcher.matches()
                        && ProcessHandle.of(Long.parseLong(matcher.group(1))).isEmpty()) {
                    deleteFolder(folder);
                }
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }

    public static Flyway flyway(Path file) {
        return Flyway.configure()
                .dataSource("jdbc:duckdb:" + file.toAbsolutePath(), null, null)
                .locations("classpath:db/migration")
                .load();
    }
}

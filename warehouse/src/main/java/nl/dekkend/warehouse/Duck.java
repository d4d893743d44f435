package nl.dekkend.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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

    public static Flyway flyway(Path file) {
        return Flyway.configure()
                .dataSource("jdbc:duckdb:" + file.toAbsolutePath(), null, null)
                .locations("classpath:db/migration")
                .load();
    }
}

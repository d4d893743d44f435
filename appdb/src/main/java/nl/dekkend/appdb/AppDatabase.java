package nl.dekkend.appdb;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The app database: what users write (accounts, tokens, audit log, later the PDCA cycle), apart from
 * the serving publication that every publish rebuilds. A SQLite file in the home folder by default, a
 * PostgreSQL database for a hosted deployment; one set of Flyway migrations ({@code db/appdb}, plus
 * {@code db/appdb-sqlite} or {@code db/appdb-postgresql} for what the two spell differently), applied
 * on {@link #open}.
 */
public final class AppDatabase implements AutoCloseable {

    /** How long a SQLite connection waits for another writer before it gives up. */
    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    /** Flyway logs every step at INFO through java.util.logging; users see Dekkend's progress instead. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** Connections kept open for reuse; a PostgreSQL login costs tens of milliseconds, a pooled one nothing. */
    static final int POOL_SIZE = 8;

    /** An idle pooled connection is closed after this long, so an idle installation holds none. */
    static final long POOL_IDLE_MS = 60_000;

    private final String url;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private String schemaVersion;

    private AppDatabase(String url, Dialect dialect, HikariDataSource pool) {
        this.url = url;
        this.dialect = dialect;
        this.pool = pool;
    }

    /** Opens the database at {@code jdbcUrl} and brings its schema to the latest migration. */
    public static AppDatabase open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialect.of(jdbcUrl);
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource(jdbcUrl, dialect, false))
                    .locations("classpath:db/appdb", dialect.migrations())
                    .placeholders(dialect.placeholders())
                    .load();
            flyway.migrate();
            AppDatabase db = new AppDatabase(jdbcUrl, dialect, pool(dataSource(jdbcUrl, dialect, true)));
            db.schemaVersion = flyway.info().current().getVersion().getVersion();
            return db;
        } catch (RuntimeException e) {
            throw new AppDatabaseException(
                    "De app-database " + safeUrl(jdbcUrl) + " kon niet worden geopend of bijgewerkt: " + e.getMessage(),
                    e);
        }
    }

    /** The default: a SQLite file {@code HOME/app/dekkend.db}; creates the folder. */
    public static String defaultUrl(Path home) {
        Path folder = home.toAbsolutePath().normalize().resolve("app");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de map " + folder + " niet maken", e);
        }
        return "jdbc:sqlite:" + folder.resolve("dekkend.db");
    }

    /** A pooled connection (auto-commit on); the caller closes it, which returns it to the pool. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AppDatabaseException("Fout in de app-database: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on one auto-commit connection: for reads, which need no write lock. */
    public <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new AppDatabaseException("Fout in de app-database: " + e.getMessage(), e);
        }
    }

    public boolean isPostgres() {
        return dialect == Dialect.POSTGRESQL;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The schema version after {@link #open}'s migration, e.g. {@code 004}. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The URL without a password, for messages. */
    public String safeUrl() {
        return safeUrl(url);
    }

    /** Closes the pooled connections. */
    @Override
    public void close() {
        pool.close();
    }

    private static String safeUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static HikariDataSource pool(DataSource connections) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dekkend-appdb");
        config.setDataSource(connections);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setIdleTimeout(POOL_IDLE_MS);
        return new HikariDataSource(config);
    }

    /**
     * Connections to the database. On SQLite, {@code immediate} makes a transaction take the write lock
     * at its start (BEGIN IMMEDIATE), so two read-then-write transactions wait for each other instead of
     * failing with SQLITE_BUSY half-way; Flyway gets the default mode, as it manages its own transactions.
     */
    private static DataSource dataSource(String url, Dialect dialect, boolean immediate) {
        if (dialect == Dialect.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
            if (immediate) {
                config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            }
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl(url);
            return source;
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        return source;
    }
}

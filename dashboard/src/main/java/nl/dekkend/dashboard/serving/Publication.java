package nl.dekkend.dashboard.serving;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.duckdb.DuckDBConnection;

/**
 * One opened publication file: a read-only DuckDB database with leases. Each request duplicates the root
 * connection (cheap, same database instance) and releases it when done; a retired publication closes its
 * root connection once the last lease is gone, so a swap never pulls a database from under a running query.
 */
final class Publication {

    private static final Logger LOG = Logger.getLogger(Publication.class.getName());

    /** How many views {@link #view} keeps per publication, the least recently used going first. */
    static final int VIEWS = 256;

    private final Path file;
    private final DuckDBConnection root;
    private final java.util.Map<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Object, Object> views = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Object, Object> eldest) {
            return size() > VIEWS;
        }
    };
    private int leases;
    private boolean retired;

    private Publication(Path file, DuckDBConnection root) {
        this.file = file;
        this.root = root;
    }

    static Publication open(Path file) {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, properties);
            return new Publication(file, connection.unwrap(DuckDBConnection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open publication " + file + " read-only: " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    /** See {@link ServingReader#memo}; computed at most once per key unless two requests race for it. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            // computed outside the map's lock (it queries the database); a race computes it twice, same result
            value = compute.get();
            Object earlier = memo.putIfAbsent(key, value);
            if (earlier != null) {
                value = earlier;
            }
        }
        return (T) value;
    }

    /** See {@link ServingReader#view}; at most {@link #VIEWS} kept, the least recently used dropped first. */
    @SuppressWarnings("unchecked")
    <T> T view(Object key, java.util.function.Supplier<T> compute) {
        synchronized (views) {
            Object value = views.get(key);
            if (value != null) {
                return (T) value;
            }
        }
        // computed outside the lock (it queries the database); a race computes it twice, same result
        T value = compute.get();
        synchronized (views) {
            Object earlier = views.putIfAbsent(key, value);
            return earlier != null ? (T) earlier : value;
        }
    }

    /** A connection of its own for one request; give it back with {@link #release(Connection)}. */
    synchronized Connection lease() {
        if (retired && leases == 0) {
            throw new IllegalStateException("Publication " + file + " is already closed");
        }
        try {
            Connection connection = root.duplicate();
            leases++;
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open a connection on " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void release(Connection connection) {
        closeQuietly(connection);
        leases--;
        if (retired && leases == 0) {
            closeQuietly(root);
        }
    }

    /** No new leases will come; close now or when the last lease is released. */
    synchronized void retire() {
        retired = true;
        if (leases == 0) {
            closeQuietly(root);
        }
    }

    private void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing a connection on " + file + " failed", e);
        }
    }
}

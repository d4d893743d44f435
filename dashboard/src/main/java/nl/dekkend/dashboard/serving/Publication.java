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
 * One opened publication file: a read-only DuckDB database with leases. Each request leases a connection of a small
 * pool of duplicates of the root connection (same database instance) and gives it back when done; a retired
 * publication closes its connections once the last lease is gone, so a swap never pulls a database from under a
 * running query.
 */
final class Publication {

    private static final Logger LOG = Logger.getLogger(Publication.class.getName());

    /** How many views {@link #view} keeps per publication, the least recently used going first. */
    static final int VIEWS = 256;

    /**
     * How many idle read-only connections a publication keeps for the next requests (DuckDB runs the queries of
     * several connections on one database at once; a connection per request would be opened and closed each time).
     */
    static final int IDLE = 16;

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
    private final java.util.ArrayDeque<Connection> idle = new java.util.ArrayDeque<>();
    private int leases;
    private boolean retired;
    private boolean closed;

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

    /**
     * A connection of its own for one request, from the pool of idle ones (a duplicate of the root connection when
     * none is idle); give it back with {@link #release(Connection)}. Null when the publication is already closed (a
     * swap came between finding it and leasing).
     */
    synchronized Connection lease() {
        if (closed) {
            return null;
        }
        try {
            Connection connection = idle.isEmpty() ? root.duplicate() : idle.pop();
            leases++;
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open a connection on " + file + ": " + e.getMessage(), e);
        }
    }

    /** Back to the pool (at most {@link #IDLE} kept), or closed once the publication is retired. */
    synchronized void release(Connection connection) {
        leases--;
        if (retired || idle.size() >= IDLE) {
            closeQuietly(connection);
        } else {
            idle.push(connection);
        }
        if (retired && leases == 0) {
            close();
        }
    }

    /** No new leases will come; close now or when the last lease is released. */
    synchronized void retire() {
        retired = true;
        if (leases == 0) {
            close();
        }
    }

    private void close() {
        idle.forEach(this::closeQuietly);
        idle.clear();
        closeQuietly(root);
        closed = true;
    }

    private void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing a connection on " + file + " failed", e);
        }
    }
}

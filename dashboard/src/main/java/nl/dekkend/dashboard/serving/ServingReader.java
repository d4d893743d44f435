package nl.dekkend.dashboard.serving;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read access to one publication for the length of one request, so that every query of a page sees the same
 * publication even when the link is swapped meanwhile. Close it when the request is done.
 */
public final class ServingReader implements AutoCloseable {

    private final Publication publication;
    private final Connection connection;
    private final QueryFiles queries;

    /** Null when the publication was closed meanwhile (see {@link Publication#lease()}). */
    static ServingReader lease(Publication publication, QueryFiles queries) {
        Connection connection = publication.lease();
        return connection == null ? null : new ServingReader(publication, connection, queries);
    }

    private ServingReader(Publication publication, Connection connection, QueryFiles queries) {
        this.publication = publication;
        this.connection = connection;
        this.queries = queries;
    }

    /** Runs the named query ({@code queries/<name>.sql}) with positional parameters. */
    public <T> List<T> list(String queryName, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(queries.sql(queryName))) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return List.copyOf(result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Query " + queryName + " failed on " + publication.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A value computed once per publication and kept as long as it is served: for results that depend on the
     * publication's data only (never on the account), such as which cells the privacy rule hides. A publication
     * never changes, so the value never goes stale; a new publication starts empty.
     */
    public <T> T memo(String key, java.util.function.Supplier<T> compute) {
        return publication.memo(key, compute);
    }

    /**
     * The rows of a named query, read once per publication: for queries of the publication's data only (catalog,
     * levels, sources), never for figures, which leave only through {@code toegang.Figures}. The parameters are part
     * of the key, so pass only values that come from the publication, not from a request.
     */
    public <T> List<T> listOnce(String queryName, RowMapper<T> mapper, Object... parameters) {
        return memo(
                "query:" + queryName + "|" + java.util.Arrays.toString(parameters),
                () -> list(queryName, mapper, parameters));
    }

    /**
     * A value built from the publication for one kind of viewer and request (a page's model, its chart options), kept
     * while the publication is served among the most recently used few hundred of them. The key must name everything
     * the value depends on besides the publication: {@code toegang.Figures#view} adds the account's scope and the
     * norms in force, so a page reaches this only through there.
     */
    public <T> T view(Object key, java.util.function.Supplier<T> compute) {
        return publication.view(key, compute);
    }

    /** The publication file this reader reads. */
    public Path file() {
        return publication.file();
    }

    public <T> Optional<T> first(String queryName, RowMapper<T> mapper, Object... parameters) {
        return list(queryName, mapper, parameters).stream().findFirst();
    }

    @Override
    public void close() {
        publication.release(connection);
    }
}

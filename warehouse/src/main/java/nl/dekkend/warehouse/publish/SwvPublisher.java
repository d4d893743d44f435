package nl.dekkend.warehouse.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.Sql;
import nl.dekkend.warehouse.WarehouseLayout;

/**
 * After a national publication, one publication per SWV in that SWV's own home, holding only what
 * {@link SwvScope} gives it: its own areas and files, and the catalog and the comparison of all SWVs whole. The schema
 * is migrated once per run; each SWV's file is a copy of it, filled from the national publication attached read-only,
 * verified like every publication and swapped in the same atomic way. An SWV whose publication fails keeps its
 * previous one; the others go on.
 */
public final class SwvPublisher {

    private static final Pattern SWV_CODE = Pattern.compile("(PO|VO)[0-9]{4}");

    private final Path scratch;
    private final Function<String, WarehouseLayout> layouts;
    private final Clock clock;

    /**
     * {@code scratch}: a folder for the run's empty schema; {@code layouts}: where an SWV's home keeps its
     * publications, by SWV code.
     */
    public SwvPublisher(Path scratch, Function<String, WarehouseLayout> layouts, Clock clock) {
        this.scratch = scratch;
        this.layouts = layouts;
        this.clock = clock;
    }

    /** What the run published per SWV, and why the others were refused (the previous publication stays). */
    public record Result(List<Publication> published, Map<String, String> refused) {

        public Result {
            published = List.copyOf(published);
            refused = Map.copyOf(refused);
        }
    }

    /**
     * The SWVs that delivered files in a folder of their own ({@code inbox/<SWV>/<bron>/…}): a national run. A single
     * SWV's lake, whose files lie in a folder per source, names none, even where its files mention other SWVs.
     */
    public static List<String> swvCodes(Path national) {
        List<String> codes = new ArrayList<>();
        try (Connection db = Duck.openReadOnly(national);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery(Sql.load("publish/swv_codes"))) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("de SWV's van " + national + " zijn niet te lezen: " + e.getMessage(), e);
        }
        return codes;
    }

    public Result publish(Path national, String runId, List<String> swvCodes, Consumer<String> progress) {
        SwvScope scope = SwvScope.load();
        Map<String, String> refused = new LinkedHashMap<>();
        List<Publication> published = new ArrayList<>();
        Path schema = scratch.resolve(".schema-" + runId + ".duckdb");
        try {
            Files.createDirectories(scratch);
            Files.deleteIfExists(schema);
            Duck.flyway(schema).migrate();
            for (String code : swvCodes) {
                try {
                    published.add(publishOne(schema, national, code, runId, scope));
                } catch (PublishRefusedException e) {
                    refused.put(code, e.getMessage());
                    progress.accept("  " + code + ": " + e.getMessage());
                } catch (IOException | SQLException | RuntimeException e) {
                    String message = "publiceren mislukt, de vorige publicatie blijft in gebruik: " + e.getMessage();
                    refused.put(code, message);
                    progress.accept("  " + code + ": " + message);
                }
            }
            Files.deleteIfExists(schema);
        } catch (IOException e) {
            throw new UncheckedIOException("publiceren per SWV mislukt: " + e.getMessage(), e);
        }
        return new Result(published, refused);
    }

    private Publication publishOne(Path schema, Path national, String code, String runId, SwvScope scope)
            throws IOException, SQLException {
        if (!SWV_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("geen SWV-code: " + code);
        }
        PublicationFolder folder = new PublicationFolder(layouts.apply(code));
        Path building = folder.building(runId);
        Files.copy(schema, building, StandardCopyOption.REPLACE_EXISTING);
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> problems;
        try (Connection db = Duck.open(building)) {
            try (Statement s = db.createStatement()) {
                s.execute("attach '" + national.toAbsolutePath().toString().replace("'", "''")
                        + "' as landelijk (read_only)");
                s.execute("set variable swv = '" + code + "'");
                db.setAutoCommit(false);
                for (String statement : scope.statements()) {
                    s.execute(statement);
                }
                db.commit();
                db.setAutoCommit(true);
                s.execute("detach landelijk");
            }
            Publisher.insertPublication(db, runId, clock);
            for (String table : Publisher.servingTables(db)) {
                rows.put(table, Publisher.count(db, "select count(*) from " + table));
            }
            problems = Publisher.checks(db);
            try (Statement s = db.createStatement()) {
                s.execute("checkpoint");
            }
        } catch (SQLException e) {
            Files.deleteIfExists(building);
            throw e;
        }
        if (!problems.isEmpty()) {
            throw folder.refuse(building, runId, problems);
        }
        Path file = folder.install(building, runId);
        return new Publication(runId, file, rows);
    }
}

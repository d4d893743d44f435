package nl.dekkend.warehouse.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.Sql;
import nl.dekkend.warehouse.WarehouseLayout;

/**
 * After a national publication, one publication per SWV in that SWV's own home, holding only what
 * {@link SwvScope} gives it: its own areas and files, and the catalog and the comparison of all SWVs whole. First the
 * digest of every SWV's publication-to-be ({@link SwvDigest}, one pass over the national publication): an SWV whose
 * digest equals the one kept with its current publication keeps that publication. The others are published: each
 * SWV's file is a copy of the migrated schema ({@link Duck#createMigrated}), filled from the national publication attached
 * read-only in one connection for the whole run, verified like every publication and swapped in the same atomic way.
 * An SWV whose publication fails keeps its previous one; the others go on.
 */
public final class SwvPublisher {

    private static final Pattern SWV_CODE = Pattern.compile("(PO|VO)[0-9]{4}");

    private final Function<String, WarehouseLayout> layouts;
    private final Clock clock;

    /** {@code layouts}: where an SWV's home keeps its publications, by SWV code. */
    public SwvPublisher(Function<String, WarehouseLayout> layouts, Clock clock) {
        this.layouts = layouts;
        this.clock = clock;
    }

    /**
     * What the run published per SWV, which SWVs kept their publication because its content would not change, and why
     * the others were refused (the previous publication stays).
     */
    public record Result(List<Publication> published, List<String> unchanged, Map<String, String> refused) {

        public Result {
            published = List.copyOf(published);
            unchanged = List.copyOf(unchanged);
            refused = Map.copyOf(refused);
        }

        public static Result none() {
            return new Result(List.of(), List.of(), Map.of());
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
        for (String code : swvCodes) {
            if (!SWV_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("geen SWV-code: " + code);
            }
        }
        SwvScope scope = SwvScope.load();
        Map<String, String> refused = new LinkedHashMap<>();
        List<Publication> published = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            String schemaVersion = Duck.schemaVersion();
            try (Statement s = db.createStatement()) {
                s.execute("attach '" + quote(national) + "' as landelijk (read_only)");
            }
            scope.prepare(db, swvCodes);
            long start = System.nanoTime();
            Map<String, String> digests = SwvDigest.digests(db, scope, swvCodes, schemaVersion);
            progress.accept(String.format(
                    "  inhoud per SWV berekend voor %d SWV's (%d ms)",
                    swvCodes.size(), (System.nanoTime() - start) / 1_000_000));
            List<Fill> fills = fills(db, scope);
            for (String code : swvCodes) {
                PublicationFolder folder = new PublicationFolder(layouts.apply(code));
                try {
                    if (folder.currentDigest().equals(Optional.of(digests.get(code)))) {
                        unchanged.add(code);
                        progress.accept("  " + code + ": ongewijzigd");
                        continue;
                    }
                    published.add(publishOne(db, folder, code, runId, fills, digests.get(code)));
                } catch (PublishRefusedException e) {
                    refused.put(code, e.getMessage());
                    progress.accept("  " + code + ": " + e.getMessage());
                } catch (IOException | SQLException | RuntimeException e) {
                    String message = "publiceren mislukt, de vorige publicatie blijft in gebruik: " + e.getMessage();
                    refused.put(code, message);
                    progress.accept("  " + code + ": " + message);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("publiceren per SWV mislukt: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("publiceren per SWV mislukt: " + e.getMessage(), e);
        }
        return new Result(published, unchanged, refused);
    }

    /** One serving table's fill from the prepared scope: its insert, with {@code ?} for the SWV's code if per SWV. */
    private record Fill(String table, String insert, boolean perSwv) {}

    private static List<Fill> fills(Connection db, SwvScope scope) throws SQLException {
        List<Fill> fills = new ArrayList<>();
        for (SwvScope.Table table : scope.tables()) {
            boolean perSwv = SwvScope.columns(db, table).contains(SwvScope.SWV);
            String insert = "insert into swv." + table.name() + " by name "
                    + (perSwv
                            ? "select * exclude (swv) from (" + table.select() + ") as t where t.swv = ?"
                            : table.select());
            fills.add(new Fill(table.name(), insert, perSwv));
        }
        return fills;
    }

    private Publication publishOne(
            Connection db, PublicationFolder folder, String code, String runId, List<Fill> fills, String digest)
            throws IOException, SQLException {
        Path building = folder.building(runId);
        Duck.createMigrated(building);
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> problems;
        try {
            try (Statement s = db.createStatement()) {
                s.execute("attach '" + quote(building) + "' as swv");
            }
            try {
                db.setAutoCommit(false);
                for (Fill fill : fills) {
                    try (java.sql.PreparedStatement insert = db.prepareStatement(fill.insert())) {
                        if (fill.perSwv()) {
                            insert.setString(1, code);
                        }
                        insert.executeUpdate();
                    }
                }
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
                try (Statement s = db.createStatement()) {
                    s.execute("detach swv");
                }
            }
            try (Connection swv = Duck.open(building)) {
                Publisher.insertPublication(swv, runId, clock);
                for (String table : Publisher.servingTables(swv)) {
                    rows.put(table, Publisher.count(swv, "select count(*) from " + table));
                }
                problems = Publisher.checks(swv);
                try (Statement s = swv.createStatement()) {
                    s.execute("checkpoint");
                }
            }
        } catch (SQLException e) {
            Files.deleteIfExists(building);
            throw e;
        }
        if (!problems.isEmpty()) {
            throw folder.refuse(building, runId, problems);
        }
        Path file = folder.install(building, runId, digest);
        return new Publication(runId, file, rows);
    }

    private static String quote(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }
}

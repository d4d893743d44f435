package nl.dekkend.warehouse.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each SWV's publication would hold, as one digest per SWV: per serving table the number of rows in the SWV's
 * scope and the sum of their hashes (so the order of the rows does not count), computed for every SWV in one query per
 * table from the scope's own selects ({@link SwvScope}), plus the schema's version. Equal digests mean an equal
 * publication, so an SWV whose digest equals that of its current publication keeps it.
 */
final class SwvDigest {

    /**
     * What changes with every run without being the SWV's figures, so it does not count: the Delta versions the run
     * read ({@code lake_versions}: provenance of the run that made the publication, read by no page), and the lake's
     * newest period per source ({@code source_status.nieuwste_periode}: the whole lake's, so it moves when any SWV
     * delivers a new month, not the SWV's own). {@code publication} is the publisher's, not in the scope.
     */
    static final Map<String, Set<String>> NOT_CONTENT =
            Map.of("lake_versions", Set.of("*"), "source_status", Set.of("nieuwste_periode"));

    private SwvDigest() {}

    /**
     * The digest of each of {@code swvCodes}' publication, on a connection where the national publication is attached
     * as {@code landelijk} and {@code scope} is prepared for those SWVs.
     */
    static Map<String, String> digests(Connection db, SwvScope scope, List<String> swvCodes, String schemaVersion)
            throws SQLException {
        Map<String, StringBuilder> content = new LinkedHashMap<>();
        for (String code : swvCodes) {
            content.put(code, new StringBuilder("schema ").append(schemaVersion).append('\n'));
        }
        List<SwvScope.Table> tables = new ArrayList<>(scope.tables());
        tables.sort((a, b) -> a.name().compareTo(b.name()));
        for (SwvScope.Table table : tables) {
            Set<String> skipped = NOT_CONTENT.getOrDefault(table.name(), Set.of());
            if (skipped.contains("*")) {
                continue;
            }
            List<String> columns = SwvScope.columns(db, table);
            boolean perSwv = columns.contains(SwvScope.SWV);
            String row = columns.stream()
                    .filter(c -> !c.equals(SwvScope.SWV) && !skipped.contains(c))
                    .map(c -> "t." + SwvScope.quote(c))
                    .collect(Collectors.joining(", ", "row(", ")"));
            String sums = "count(*), coalesce(sum(hash(" + row + ")), 0)::varchar";
            Map<String, String> perCode = new HashMap<>();
            String whole = "0 0";
            try (Statement s = db.createStatement()) {
                if (perSwv) {
                    try (ResultSet r = s.executeQuery(
                            "select t.swv, " + sums + " from (" + table.select() + ") as t group by t.swv")) {
                        while (r.next()) {
                            perCode.put(r.getString(1), r.getLong(2) + " " + r.getString(3));
                        }
                    }
                } else {
                    try (ResultSet r = s.executeQuery("select " + sums + " from (" + table.select() + ") as t")) {
                        r.next();
                        whole = r.getLong(1) + " " + r.getString(2);
                    }
                }
            }
            for (Map.Entry<String, StringBuilder> swv : content.entrySet()) {
                String figures = perSwv ? perCode.getOrDefault(swv.getKey(), "0 0") : whole;
                swv.getValue().append(table.name()).append(' ').append(figures).append('\n');
            }
        }
        Map<String, String> digests = new LinkedHashMap<>();
        content.forEach((code, text) -> digests.put(code, sha256(text.toString())));
        return digests;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

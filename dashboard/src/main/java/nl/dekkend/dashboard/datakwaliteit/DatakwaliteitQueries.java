package nl.dekkend.dashboard.datakwaliteit;

import java.sql.Timestamp;
import java.util.List;
import nl.dekkend.dashboard.serving.ServingReader;

/** Read-only queries of the data quality page. */
public final class DatakwaliteitQueries {

    private final ServingReader reader;

    public DatakwaliteitQueries(ServingReader reader) {
        this.reader = reader;
    }

    public List<FileLoad> fileLoads() {
        return reader.list("datakwaliteit/file_loads", row -> {
            Timestamp geladenOp = row.getTimestamp("geladen_op");
            return new FileLoad(
                    row.getString("bron"),
                    row.getString("bestand"),
                    row.getString("status"),
                    row.getLong("rijen"),
                    row.getLong("geladen"),
                    row.getLong("quarantaine"),
                    row.getString("melding"),
                    geladenOp == null ? null : geladenOp.toLocalDateTime());
        });
    }

    public List<QuarantineReason> quarantineReasons() {
        return reader.list(
                "datakwaliteit/quarantine_reasons",
                row -> new QuarantineReason(
                        row.getString("bron"),
                        row.getString("bestand"),
                        row.getString("kolom"),
                        row.getString("reden"),
                        row.getLong("aantal"),
                        row.getString("voorbeeld_rijen")));
    }

    public List<DataTestResult> dataTests() {
        return reader.list(
                "datakwaliteit/data_tests",
                row -> new DataTestResult(
                        row.getString("model"),
                        row.getString("test"),
                        row.getBoolean("geslaagd"),
                        row.getLong("foute_rijen"),
                        row.getString("voorbeeld")));
    }

    /** True when the publication's own SWV has no code: figures are published for an unknown SWV. */
    public boolean eigenSwvOnbekend() {
        return reader.list("datakwaliteit/eigen_swv_onbekend", row -> row.getLong("onbekend")).stream()
                .anyMatch(n -> n > 0);
    }
}

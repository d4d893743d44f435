package nl.dekkend.dashboard.publicatie;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import nl.dekkend.dashboard.datakwaliteit.DataTestResult;
import nl.dekkend.dashboard.serving.ServingReader;

/** Read-only queries about a publication file itself (the current one or a refused one). */
public final class PublicatieQueries {

    private final ServingReader reader;

    public PublicatieQueries(ServingReader reader) {
        this.reader = reader;
    }

    public Optional<PublicationInfo> publication() {
        return reader
                .listOnce("publicatie/publication", row -> {
                    Timestamp at = row.getTimestamp("published_at");
                    return new PublicationInfo(row.getString("run_id"), at == null ? null : at.toLocalDateTime());
                })
                .stream()
                .findFirst();
    }

    public List<DataTestResult> failingDataTests() {
        return reader.list(
                "publicatie/failing_data_tests",
                row -> new DataTestResult(
                        row.getString("model"),
                        row.getString("test"),
                        row.getBoolean("geslaagd"),
                        row.getLong("foute_rijen"),
                        row.getString("voorbeeld")));
    }
}

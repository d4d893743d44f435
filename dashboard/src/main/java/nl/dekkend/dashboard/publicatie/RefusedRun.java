package nl.dekkend.dashboard.publicatie;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import nl.dekkend.dashboard.datakwaliteit.DataTestResult;

/**
 * A run whose publication the warehouse refused ({@code afgekeurd/<runId>.duckdb}): when it ran (its
 * {@code published_at}, else the file's modification time) and its failing data tests. Only these are read from
 * the refused file; its figures are never served.
 */
public record RefusedRun(Path file, String runId, LocalDateTime moment, List<DataTestResult> failingTests) {

    public RefusedRun {
        failingTests = List.copyOf(failingTests);
    }
}

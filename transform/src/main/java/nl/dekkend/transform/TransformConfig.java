package nl.dekkend.transform;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the lake is and which run this is. Gold tables go to {@code lake/gold}, the export snapshot of
 * the serving tables to {@code lake/export/<runId>}.
 */
public record TransformConfig(Path lake, String runId) {

    public TransformConfig {
        Objects.requireNonNull(lake, "lake");
        if (runId == null || !runId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("runId must be letters, digits, _ or -, was '" + runId + "'");
        }
    }

    public Path bronze() {
        return lake.resolve("bronze");
    }

    public Path gold() {
        return lake.resolve("gold");
    }

    public Path export() {
        return lake.resolve("export").resolve(runId);
    }
}

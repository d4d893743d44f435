package nl.dekkend.transform;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the lake is, which run this is, and the installation's own SWV when the user set it
 * ({@code dekkend run --swv PO2401}). Gold tables go to {@code lake/gold}, the export snapshot of the serving
 * tables to {@code lake/export/<runId>}.
 */
public record TransformConfig(Path lake, String runId, Optional<String> eigenSwv) {

    public TransformConfig {
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(eigenSwv, "eigenSwv");
        if (runId == null || !runId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("runId must be letters, digits, _ or -, was '" + runId + "'");
        }
    }

    /** A run without a configured own SWV: transform infers it from the data. */
    public TransformConfig(Path lake, String runId) {
        this(lake, runId, Optional.empty());
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

package nl.dekkend.transform;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the lake is, which run this is, the installation's own SWV when the user set it
 * ({@code dekkend run --swv PO2401}), and whether the run writes the gold layer. The export snapshot of the
 * serving tables goes to {@code lake/export/<runId>}, the gold Delta tables (star schema and indicators, for
 * readers of the lake such as a national deployment) to {@code lake/gold} when {@code gold} is set. Every model's
 * result is kept under {@code lake/models} for the next run; removing that folder makes the next run compute all.
 */
public record TransformConfig(Path lake, String runId, Optional<String> eigenSwv, boolean gold) {

    public TransformConfig {
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(eigenSwv, "eigenSwv");
        if (runId == null || !runId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("runId must be letters, digits, _ or -, was '" + runId + "'");
        }
    }

    /** A run that writes no gold tables. */
    public TransformConfig(Path lake, String runId, Optional<String> eigenSwv) {
        this(lake, runId, eigenSwv, false);
    }

    /** A run without a configured own SWV (transform infers it from the data) that writes no gold tables. */
    public TransformConfig(Path lake, String runId) {
        this(lake, runId, Optional.empty());
    }

    public Path bronze() {
        return lake.resolve("bronze");
    }

    public Path goldDir() {
        return lake.resolve("gold");
    }

    /** The stored result of every model, for the next run (see {@code ModelStore}). */
    public Path modelStore() {
        return lake.resolve("models");
    }

    /** Per bronze source its counted rows, kept under the digest of its rows (see {@code BronzeViews}). */
    public Path inventory() {
        return lake.resolve("inventory");
    }

    public Path export() {
        return lake.resolve("export").resolve(runId);
    }
}

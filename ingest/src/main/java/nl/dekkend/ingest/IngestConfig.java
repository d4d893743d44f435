package nl.dekkend.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.dekkend.ingest.read.ReadLimits;

/**
 * What an ingest run needs.
 *
 * @param inbox folder with one sub-folder per source ({@code inbox/<bron>/*.csv|*.xlsx})
 * @param lake the lake folder; bronze tables go to {@code <lake>/bronze/<bron>}
 * @param secretsDir where {@code pseudoniem.key} lives (outside the lake); used when no key is given
 * @param keyFromEnvironment the pseudonymisation key if the app found one in its environment
 * @param limits the largest file, row count and line a file may have; a file over a limit is rejected
 */
public record IngestConfig(
        Path inbox, Path lake, Path secretsDir, Optional<String> keyFromEnvironment, ReadLimits limits) {

    public IngestConfig {
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(secretsDir, "secretsDir");
        keyFromEnvironment = keyFromEnvironment == null ? Optional.empty() : keyFromEnvironment;
        limits = limits == null ? ReadLimits.DEFAULTS : limits;
    }

    /** With the default {@link ReadLimits}. */
    public IngestConfig(Path inbox, Path lake, Path secretsDir, Optional<String> keyFromEnvironment) {
        this(inbox, lake, secretsDir, keyFromEnvironment, ReadLimits.DEFAULTS);
    }
}

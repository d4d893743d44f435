package nl.dekkend.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What an ingest run needs.
 *
 * @param inbox folder with one sub-folder per source ({@code inbox/<bron>/*.csv|*.xlsx})
 * @param lake the lake folder; bronze tables go to {@code <lake>/bronze/<bron>}
 * @param secretsDir where {@code pseudoniem.key} lives (outside the lake); used when no key is given
 * @param keyFromEnvironment the pseudonymisation key if the app found one in its environment
 */
public record IngestConfig(Path inbox, Path lake, Path secretsDir, Optional<String> keyFromEnvironment) {

    public IngestConfig {
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(secretsDir, "secretsDir");
        keyFromEnvironment = keyFromEnvironment == null ? Optional.empty() : keyFromEnvironment;
    }
}

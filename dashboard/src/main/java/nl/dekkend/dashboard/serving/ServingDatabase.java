package nl.dekkend.dashboard.serving;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The current publication behind the {@code current.duckdb} link. Every {@link #open()} resolves the link
 * (one readlink, cheap); when its target changed since the last request, the new file is opened read-only and
 * the old one retired, so a running dashboard serves a new publication without a restart.
 */
public final class ServingDatabase implements AutoCloseable {

    private final Path link;
    private final QueryFiles queries = new QueryFiles();
    private Publication current;
    private boolean closed;

    public ServingDatabase(Path link) {
        this.link = Objects.requireNonNull(link, "link must not be null");
    }

    /** A reader on the current publication; throws {@link NoPublicationException} when there is none. */
    public synchronized ServingReader open() {
        // the lease is taken under the same lock as a swap, so a retired publication never hands out one
        return new ServingReader(currentPublication(), queries);
    }

    private Publication currentPublication() {
        if (closed) {
            throw new IllegalStateException("ServingDatabase for " + link + " is closed");
        }
        Path target = resolve();
        if (current == null || !current.file().equals(target)) {
            Publication opened = Publication.open(target);
            if (current != null) {
                current.retire();
            }
            current = opened;
        }
        return current;
    }

    private Path resolve() {
        try {
            return link.toRealPath();
        } catch (NoSuchFileException e) {
            throw new NoPublicationException(link);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot resolve the publication link " + link + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            current.retire();
            current = null;
        }
    }
}

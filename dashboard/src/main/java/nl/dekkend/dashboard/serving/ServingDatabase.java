package nl.dekkend.dashboard.serving;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

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
    public ServingReader open() {
        // the link is read and the connection leased outside this lock, which only guards a swap; a lease that
        // comes after its publication was swapped out and closed gets null and asks again
        while (true) {
            ServingReader reader = ServingReader.lease(currentPublication(resolve()), queries);
            if (reader != null) {
                return reader;
            }
        }
    }

    private synchronized Publication currentPublication(Path target) {
        if (closed) {
            throw new IllegalStateException("ServingDatabase for " + link + " is closed");
        }
        if (current == null || !current.file().equals(target)) {
            Publication opened = Publication.open(target);
            if (current != null) {
                current.retire();
            }
            current = opened;
        }
        return current;
    }

    /**
     * Opens another publication file read-only (e.g. a refused one under {@code afgekeurd/}) for one piece of work
     * and closes it again; nothing of it is kept open or served.
     */
    public <T> T readOnce(Path file, Function<ServingReader, T> work) {
        Publication publication = Publication.open(file);
        try (ServingReader reader = ServingReader.lease(publication, queries)) {
            return work.apply(reader);
        } finally {
            publication.retire();
        }
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

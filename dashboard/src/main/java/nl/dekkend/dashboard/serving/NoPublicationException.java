package nl.dekkend.dashboard.serving;

import java.nio.file.Path;

/** Thrown when the warehouse has no current publication yet; pages answer with a Dutch explanation. */
public final class NoPublicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoPublicationException(Path link) {
        super("No publication at " + link);
    }
}

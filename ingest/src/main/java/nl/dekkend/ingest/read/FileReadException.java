package nl.dekkend.ingest.read;

/** A file that cannot be read at all; the message is Dutch and shown to the user. */
public final class FileReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public FileReadException(String dutchMessage) {
        super(dutchMessage);
    }

    public FileReadException(String dutchMessage, Throwable cause) {
        super(dutchMessage, cause);
    }
}

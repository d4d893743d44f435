package nl.dekkend.dashboard.web;

/** A query parameter a page cannot use; the message is Dutch and shown to the user with HTTP 400. */
public final class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidParameterException(String melding) {
        super(melding);
    }
}

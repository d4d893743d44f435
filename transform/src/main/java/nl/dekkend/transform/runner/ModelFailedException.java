package nl.dekkend.transform.runner;

/** A model's SQL failed; the message names the model so the log says where to look. */
public final class ModelFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelFailedException(String model, Throwable cause) {
        super("model " + model + " failed: " + firstLine(cause.getMessage()), cause);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}

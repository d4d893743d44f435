package nl.dekkend.ingest.read;

/** A cell that does not fit its column's type; the reason is Dutch and goes to quarantine. */
public final class ValueException extends Exception {

    private static final long serialVersionUID = 1L;

    public ValueException(String dutchReason) {
        super(dutchReason, null, false, false);
    }
}

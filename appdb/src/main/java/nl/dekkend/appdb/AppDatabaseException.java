package nl.dekkend.appdb;

/** A failure of the app database itself (connection, SQL), as opposed to bad input. */
public final class AppDatabaseException extends RuntimeException {

    public AppDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}

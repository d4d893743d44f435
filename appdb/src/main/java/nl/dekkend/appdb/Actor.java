package nl.dekkend.appdb;

import java.util.Objects;

/**
 * Who makes a change, as the audit log records it: a user name and where the request came from
 * ({@code 127.0.0.1}, or {@code opdrachtregel} for the CLI).
 */
public record Actor(String gebruiker, String adres) {

    public Actor {
        Objects.requireNonNull(gebruiker, "gebruiker");
    }

    /** The operator at the command line: the operating-system user. */
    public static Actor opdrachtregel() {
        return new Actor(System.getProperty("user.name", "onbekend"), "opdrachtregel");
    }
}

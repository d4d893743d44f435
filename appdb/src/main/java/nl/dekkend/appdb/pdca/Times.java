package nl.dekkend.appdb.pdca;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current moment as the app database keeps it (milliseconds, see {@code Dialect}). */
final class Times {

    private Times() {}

    static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}

package nl.dekkend.dashboard.inloggen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per account name and per client address separately: after {@link #FREE_FAILURES}
 * failed logins the next attempt has to wait 30 seconds, and every further failure doubles the wait (at most 15
 * minutes). While waiting, the password is not even checked. A successful login clears the account's count; an
 * address's count is forgotten 15 minutes after its last failure.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account or address still has to wait; empty when it may try now. */
    Optional<Duration> waitFor(String account, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(accountKey(account), now), remaining(addressKey(address), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(account), addressKey(address)}) {
            failures.merge(
                    key,
                    new Failures(1, now),
                    (old, one) -> new Failures(forgotten(old, now) ? 1 : old.count() + 1, now));
        }
    }

    void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    /** The Dutch message for a login that has to wait, e.g. "… over 30 seconden …". */
    static String message(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        String when = seconds < 120 ? seconds + " seconden" : ((seconds + 59) / 60) + " minuten";
        return "Te veel mislukte pogingen om in te loggen. Probeer het over " + when + " opnieuw.";
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < FREE_FAILURES || forgotten(f, now)) {
            return Duration.ZERO;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(10, f.count() - FREE_FAILURES));
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean forgotten(Failures f, Instant now) {
        return f.last().plus(MAX_WAIT).isBefore(now);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "adres:" + address;
    }
}

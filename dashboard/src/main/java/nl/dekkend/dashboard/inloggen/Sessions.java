package nl.dekkend.dashboard.inloggen;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of the running dashboard, in memory (a restart logs everyone out). A session id and its CSRF token are
 * 32 random bytes each; a session unused for {@link #IDLE_TIMEOUT} is gone. Logging in gives a new session id, so an
 * id planted before login is worth nothing after it.
 */
public final class Sessions {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    static final int MAX_SESSIONS = 10_000;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** The live session with this id, marked as used now; empty when unknown or idle too long. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = sessions.computeIfPresent(id, (k, s) -> expired(s, now) ? null : s.seenAt(now));
        return Optional.ofNullable(session);
    }

    /** A new session before login: only a CSRF token for the login form. */
    Session anonymous() {
        return store(new Session(token(), token(), null, clock.instant()));
    }

    /** Replaces the session by a new one (new id, new CSRF token) logged in as the account. */
    Session login(Session before, String account) {
        sessions.remove(before.id());
        return store(new Session(token(), token(), account, clock.instant()));
    }

    void remove(Session session) {
        sessions.remove(session.id());
    }

    /** Ends every session of an account (removed, or its password reset). */
    public void endAll(String account) {
        sessions.values().removeIf(s -> account.equals(s.account()));
    }

    private Session store(Session session) {
        if (sessions.size() >= MAX_SESSIONS) {
            Instant now = clock.instant();
            sessions.values().removeIf(s -> expired(s, now) || !s.loggedIn());
        }
        sessions.put(session.id(), session);
        return session;
    }

    private static boolean expired(Session s, Instant now) {
        return s.lastSeen().plus(IDLE_TIMEOUT).isBefore(now);
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

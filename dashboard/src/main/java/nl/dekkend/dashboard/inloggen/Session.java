package nl.dekkend.dashboard.inloggen;

import java.time.Instant;

/**
 * One browser session: its CSRF token, the account it is logged in as (null before login) and when it was last used.
 */
record Session(String id, String csrf, String account, Instant lastSeen) {

    Session seenAt(Instant now) {
        return new Session(id, csrf, account, now);
    }

    boolean loggedIn() {
        return account != null;
    }
}

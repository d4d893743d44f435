package nl.dekkend.dashboard.inloggen;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.appdb.Account;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.Tokens;
import nl.dekkend.dashboard.toegang.Viewer;

/**
 * Runs before every request: finds the account (session cookie, or on the API a personal token in
 * {@code Authorization: Bearer …}), refuses a form post without the session's CSRF token (403), and sends a request
 * without an account to the login page (303) or, on the API, answers 401.
 */
public final class Access {

    public static final String COOKIE = "dekkend_sessie";
    static final String SESSION = "dekkend.sessie";
    public static final String CSRF_FIELD = "_csrf";

    private final Sessions sessions;
    private final Accounts accounts;
    private final Tokens tokens;

    public Access(Sessions sessions, Accounts accounts, Tokens tokens) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    public void check(Context ctx) {
        Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
        session.ifPresent(s -> ctx.attribute(SESSION, s));
        if ("POST".equals(ctx.method().name()) && !validCsrf(ctx, session)) {
            ctx.status(HttpStatus.FORBIDDEN)
                    .html("Verboden: het formulier is verlopen of komt niet van Dekkend."
                            + " Laad de pagina opnieuw en probeer het nog eens.");
            ctx.skipRemainingHandlers();
            return;
        }
        if (isPublic(ctx.path())) {
            return;
        }
        Optional<Account> account = account(ctx, session);
        if (account.isEmpty()) {
            if (isApi(ctx.path())) {
                ctx.status(HttpStatus.UNAUTHORIZED)
                        .header("WWW-Authenticate", "Bearer")
                        .json(Map.of("melding", "Niet ingelogd: log in of gebruik een persoonlijk token."));
            } else {
                ctx.redirect("/inloggen", HttpStatus.SEE_OTHER);
            }
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(Viewer.ATTRIBUTE, Viewer.of(account.get()));
    }

    /** The session of this request, a new anonymous one (with its cookie set) when it has none. */
    Session sessionOrNew(Context ctx) {
        Session session = ctx.attribute(SESSION);
        if (session == null) {
            session = sessions.anonymous();
            setCookie(ctx, session);
        }
        return session;
    }

    static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    /** The CSRF token every form of this request's pages carries; empty for a request with a bearer token. */
    public static String csrf(Context ctx) {
        return session(ctx).map(Session::csrf).orElse("");
    }

    /** HttpOnly, SameSite=Lax, Secure when the request came over TLS (directly or through a proxy that says so). */
    static void setCookie(Context ctx, Session session) {
        Cookie cookie = new Cookie(COOKIE, session.id(), "/", -1, secure(ctx), true, null, SameSite.LAX);
        ctx.cookie(cookie);
    }

    static void clearCookie(Context ctx) {
        Cookie cookie = new Cookie(COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.LAX);
        ctx.cookie(cookie);
    }

    private Optional<Account> account(Context ctx, Optional<Session> session) {
        String authorization = ctx.header("Authorization");
        if (isApi(ctx.path()) && authorization != null) {
            return authorization.startsWith("Bearer ")
                    ? tokens.verify(authorization.substring("Bearer ".length()).strip())
                    : Optional.empty();
        }
        return session.filter(Session::loggedIn).flatMap(s -> accounts.find(s.account()));
    }

    private static boolean validCsrf(Context ctx, Optional<Session> session) {
        String sent = ctx.formParam(CSRF_FIELD);
        return sent != null
                && session.isPresent()
                && java.security.MessageDigest.isEqual(
                        sent.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        session.get().csrf().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static boolean isPublic(String path) {
        return path.equals("/inloggen") || path.startsWith("/static/");
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }
}

package nl.dekkend.dashboard.inloggen;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.appdb.Account;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code GET /inloggen} (the form, with the session's CSRF token in {@code _csrf}), {@code POST /inloggen} with
 * {@code gebruikersnaam}, {@code wachtwoord} and {@code _csrf} (303 to {@code /} and a new session cookie when right;
 * the form again with a Dutch message when not) and {@code POST /uitloggen}.
 */
public final class LoginPage {

    private final Access access;
    private final Sessions sessions;
    private final Accounts accounts;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final Templates templates;

    public LoginPage(
            Access access,
            Sessions sessions,
            Accounts accounts,
            AuditLog audit,
            LoginThrottle throttle,
            Templates templates) {
        this.access = access;
        this.sessions = sessions;
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
        this.templates = templates;
    }

    public void form(Context ctx) {
        if (Access.session(ctx).filter(Session::loggedIn).isPresent()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, access.sessionOrNew(ctx), "", "");
    }

    public void login(Context ctx) {
        Session before = Access.session(ctx).orElseThrow();
        String naam = ctx.formParam("gebruikersnaam") == null
                ? ""
                : ctx.formParam("gebruikersnaam").strip();
        String address = ctx.ip();
        Optional<Duration> wait = throttle.waitFor(naam, address);
        if (wait.isPresent()) {
            audit.append(naam.isEmpty() ? "?" : naam, AuditLog.INLOGGEN_MISLUKT, "te veel pogingen", address);
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            render(ctx, before, naam, LoginThrottle.message(wait.get()));
            return;
        }
        char[] wachtwoord = (ctx.formParam("wachtwoord") == null ? "" : ctx.formParam("wachtwoord")).toCharArray();
        Optional<Account> account;
        try {
            account = naam.isEmpty() ? Optional.empty() : accounts.verify(naam, wachtwoord);
        } finally {
            Arrays.fill(wachtwoord, '\0');
        }
        if (account.isEmpty()) {
            throttle.failed(naam, address);
            audit.append(naam.isEmpty() ? "?" : naam, AuditLog.INLOGGEN_MISLUKT, null, address);
            ctx.status(HttpStatus.UNAUTHORIZED);
            render(ctx, before, naam, "Gebruikersnaam of wachtwoord klopt niet.");
            return;
        }
        throttle.succeeded(naam);
        Session session = sessions.login(before, account.get().naam());
        Access.setCookie(ctx, session);
        audit.append(account.get().naam(), AuditLog.INLOGGEN, null, address);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        Access.session(ctx).ifPresent(s -> {
            sessions.remove(s);
            if (s.loggedIn()) {
                audit.append(s.account(), AuditLog.UITLOGGEN, null, ctx.ip());
            }
        });
        Access.clearCookie(ctx);
        ctx.redirect("/inloggen", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Session session, String naam, String melding) {
        ctx.html(templates.render(
                "inloggen/page",
                Map.of("title", "Inloggen", "active", "", "csrf", session.csrf(), "naam", naam, "melding", melding)));
    }
}

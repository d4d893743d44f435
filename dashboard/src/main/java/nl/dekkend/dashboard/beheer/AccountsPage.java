package nl.dekkend.dashboard.beheer;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.Actor;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Rol;
import nl.dekkend.dashboard.inloggen.Sessions;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code /beheer/accounts}: the beheerder lists, adds and removes accounts and sets a new password, with the same
 * rules as {@code dekkend user} (the app database checks them); every change is in the audit log under the
 * beheerder's name. Removing an account or changing its password ends its sessions.
 */
public final class AccountsPage {

    private final AppDatabase db;
    private final Sessions sessions;
    private final Templates templates;
    private final Layouts layouts;

    public AccountsPage(AppDatabase db, Sessions sessions, Templates templates, Layouts layouts) {
        this.db = db;
        this.sessions = sessions;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void show(Context ctx) {
        render(ctx, beheerder(ctx), "", "");
    }

    public void add(Context ctx) {
        Accounts accounts = beheerder(ctx);
        String naam = param(ctx, "naam");
        char[] wachtwoord = param(ctx, "wachtwoord").toCharArray();
        try {
            accounts.add(
                    naam, Rol.parse(param(ctx, "rol")), codes(ctx, "gemeenten"), codes(ctx, "besturen"), wachtwoord);
            render(ctx, accounts, "Account " + naam + " is toegevoegd.", "");
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, accounts, "", e.getMessage());
        } finally {
            Arrays.fill(wachtwoord, '\0');
        }
    }

    public void remove(Context ctx) {
        Accounts accounts = beheerder(ctx);
        String naam = ctx.pathParam("naam");
        if (naam.equals(Viewer.current(ctx).naam())) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, accounts, "", "U kunt uw eigen account niet verwijderen.");
            return;
        }
        try {
            accounts.remove(naam);
            sessions.endAll(naam);
            render(ctx, accounts, "Account " + naam + " is verwijderd.", "");
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, accounts, "", e.getMessage());
        }
    }

    public void passwd(Context ctx) {
        Accounts accounts = beheerder(ctx);
        String naam = ctx.pathParam("naam");
        char[] wachtwoord = param(ctx, "wachtwoord").toCharArray();
        try {
            accounts.passwd(naam, wachtwoord);
            sessions.endAll(naam);
            render(ctx, accounts, "Het wachtwoord van " + naam + " is gewijzigd.", "");
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, accounts, "", e.getMessage());
        } finally {
            Arrays.fill(wachtwoord, '\0');
        }
    }

    private Accounts beheerder(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        if (!viewer.beheerder()) {
            throw new ForbiddenResponse();
        }
        return new Accounts(db, new Actor(viewer.naam(), ctx.ip()));
    }

    private void render(Context ctx, Accounts accounts, String ok, String fout) {
        ctx.html(templates.render(
                "beheer/accounts",
                Map.of(
                        "title",
                        "Accounts",
                        "active",
                        "accounts",
                        "accounts",
                        accounts.list(),
                        "rollen",
                        Arrays.stream(Rol.values()).map(Rol::code).toList(),
                        "ok",
                        ok,
                        "fout",
                        fout,
                        "site",
                        layouts.withoutPublication(ctx))));
    }

    private static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    /** {@code GM0034, GM0363} or one per line → the codes. */
    private static List<String> codes(Context ctx, String name) {
        return Arrays.stream(param(ctx, name).split("[\\s,;]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }
}

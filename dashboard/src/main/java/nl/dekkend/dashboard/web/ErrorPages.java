package nl.dekkend.dashboard.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What a user sees when there is nothing to show or something went wrong: Dutch text, never a stack trace. */
public final class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());
    static final String NO_PUBLICATION =
            "Er is nog niets gepubliceerd. Draai eerst ./dekkend run; daarna verschijnen" + " de cijfers vanzelf.";

    private final Templates templates;

    public ErrorPages(Templates templates) {
        this.templates = templates;
    }

    /** No publication yet: pages answer 200 with an explanation, the API 503 with a Dutch message. */
    public void noPublication(Context ctx) {
        if (isApi(ctx)) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("melding", NO_PUBLICATION));
            return;
        }
        ctx.status(HttpStatus.OK)
                .html(templates.render("no_publication", Map.of("title", "Nog geen cijfers", "active", "")));
    }

    /** Out of the account's scope or role: 403, never another area's figure. */
    public void forbidden(Context ctx) {
        ctx.status(HttpStatus.FORBIDDEN);
        if (isApi(ctx)) {
            ctx.json(Map.of("melding", "U heeft geen toegang tot deze gegevens."));
            return;
        }
        ctx.html(
                templates.render(
                        "error",
                        Map.of(
                                "title",
                                "Geen toegang",
                                "active",
                                "",
                                "message",
                                "U heeft geen toegang tot deze gegevens: ze vallen buiten de gebieden of de rol van uw account.")));
    }

    public void notFound(Context ctx) {
        if (isApi(ctx)) {
            return; // the API writes its own Dutch JSON message
        }
        ctx.html(templates.render(
                "error",
                Map.of("title", "Pagina niet gevonden", "active", "", "message", "Deze pagina bestaat niet.")));
    }

    /** A query parameter the page cannot use: 400 with the Dutch message saying what was wrong. */
    public void badRequest(InvalidParameterException e, Context ctx) {
        ctx.status(HttpStatus.BAD_REQUEST);
        if (isApi(ctx)) {
            ctx.json(Map.of("melding", e.getMessage()));
            return;
        }
        ctx.html(
                templates.render("error", Map.of("title", "Ongeldige keuze", "active", "", "message", e.getMessage())));
    }

    public void serverError(Exception e, Context ctx) {
        if (fromAnOlderVersion(e)) {
            LOG.log(Level.WARNING, "The current publication lacks a table this version reads: " + e.getMessage());
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
            if (isApi(ctx)) {
                ctx.json(Map.of("melding", OLDER_PUBLICATION));
                return;
            }
            ctx.html(templates.render(
                    "error",
                    Map.of("title", "Publicatie van een oudere versie", "active", "", "message", OLDER_PUBLICATION)));
            return;
        }
        LOG.log(Level.SEVERE, "Request " + ctx.method() + " " + ctx.path() + " failed", e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        if (isApi(ctx)) {
            ctx.json(Map.of("melding", "Er ging iets mis bij het ophalen van de cijfers."));
            return;
        }
        ctx.html(templates.render(
                "error",
                Map.of(
                        "title",
                        "Er ging iets mis",
                        "active",
                        "",
                        "message",
                        "Er ging iets mis bij het tonen van deze pagina. Probeer het later opnieuw;"
                                + " blijft het misgaan, meld het dan aan de beheerder.")));
    }

    static final String OLDER_PUBLICATION =
            "De huidige publicatie is gemaakt door een oudere versie van Dekkend en mist"
                    + " gegevens die deze versie toont. Draai './dekkend run' opnieuw (of './dekkend demo' voor de demo): dan"
                    + " komt er een publicatie die deze versie helemaal kan tonen.";

    /**
     * Whether a query failed because the publication has no table or column this version reads: a publication from
     * before a newer migration (each publication keeps the schema of the version that made it).
     */
    private static boolean fromAnOlderVersion(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof java.sql.SQLException
                    && message != null
                    && (message.contains("Catalog Error") || message.contains("Binder Error"))
                    && message.contains("does not exist")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}

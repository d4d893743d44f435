package nl.dekkend.dashboard.web;

import io.javalin.http.Context;

/**
 * The headers every response carries: a Content-Security-Policy without inline scripts (charts read their option
 * from a {@code <script type="application/json">} element; {@code static/js/charts.js} starts them), no MIME
 * sniffing, no referrer to other sites, no framing; and {@code Cache-Control: no-store} on everything but the static
 * files, since pages and the API show what one account may see.
 */
public final class SecurityHeaders {

    public static final String CSP =
            "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none';" + " base-uri 'none'";

    private SecurityHeaders() {}

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}

package nl.dekkend.dashboard.layout;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.dekkend.dashboard.inloggen.Access;
import nl.dekkend.dashboard.publicatie.PublicationNotice;
import nl.dekkend.dashboard.publicatie.RefusedRuns;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.thema.ThemaQueries;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/** Builds the {@link Layout} of a page from the publication the request reads and the account that asks. */
public final class Layouts {

    private final RefusedRuns refused;

    public Layouts(RefusedRuns refused) {
        this.refused = refused;
    }

    public Layout of(ServingReader reader, Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        return new Layout(
                new ThemaQueries(reader).all(),
                refused.notice(reader),
                viewer.naam(),
                viewer.rol().code(),
                viewer.beheerder(),
                Access.csrf(ctx));
    }

    /**
     * A page of the publication as HTML, rendered once per publication, scope, norms, parameters and notice
     * ({@link Figures#view}: {@code what} names the page, {@code parameters} every request parameter it depends on)
     * and then given to each account with its own name and CSRF token, which are the only parts of a page that differ
     * between accounts that see the same. {@code model} is the template's model without {@code site}.
     */
    public String page(
            ServingReader reader,
            Context ctx,
            Figures figures,
            Templates templates,
            String template,
            List<String> what,
            List<String> parameters,
            Supplier<Map<String, Object>> model) {
        Layout site = of(reader, ctx);
        List<String> key = new ArrayList<>(parameters);
        key.add(site.notice().toString());
        String html = figures.view(what, key, () -> {
            Map<String, Object> full = new HashMap<>(model.get());
            full.put("site", new Layout(site.themas(), site.notice(), NAAM, site.rol(), site.beheerder(), CSRF));
            return templates.render(template, full);
        });
        return html.replace(NAAM, escape(site.gebruiker())).replace(CSRF, escape(site.csrf()));
    }

    /** Stand-ins for the account's name and CSRF token in a kept page: text no page can hold otherwise. */
    private static final String NAAM = "dekkend-naam-" + UUID.randomUUID();

    private static final String CSRF = "dekkend-csrf-" + UUID.randomUUID();

    /** As the templates' autoescaping would (names and tokens hold none of these characters anyway). */
    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** For pages that do not read the publication (the beheer pages). */
    public Layout withoutPublication(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        return new Layout(
                List.of(),
                PublicationNotice.NONE,
                viewer.naam(),
                viewer.rol().code(),
                viewer.beheerder(),
                Access.csrf(ctx));
    }
}

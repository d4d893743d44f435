package nl.dekkend.dashboard.layout;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * Answers with a page of the publication, rendered once per publication, scope, norms, parameters and notice
     * ({@link Figures#view}: {@code what} names the page, {@code parameters} every request parameter it depends on)
     * and then given to each account with its own name and CSRF token, which are the only parts of a page that differ
     * between accounts that see the same. {@code model} is the template's model without {@code site}.
     */
    public void page(
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
        KeptPage page = figures.view(what, key, () -> {
            Map<String, Object> full = new HashMap<>(model.get());
            full.put("site", new Layout(site.themas(), site.notice(), NAAM, site.rol(), site.beheerder(), CSRF));
            return KeptPage.of(templates.render(template, full));
        });
        ctx.contentType(ContentType.TEXT_HTML).result(page.with(escape(site.gebruiker()), escape(site.csrf())));
    }

    /** Stand-ins for the account's name and CSRF token in a kept page: text no page can hold otherwise. */
    private static final String NAAM = "dekkend-naam-" + UUID.randomUUID();

    private static final String CSRF = "dekkend-csrf-" + UUID.randomUUID();

    private static final Pattern STAND_IN = Pattern.compile(Pattern.quote(NAAM) + "|" + Pattern.quote(CSRF));

    /**
     * A rendered page as UTF-8 pieces around the stand-ins ({@code naam[i]}: whether the stand-in after piece i is the
     * name, else the token), so an answer is a copy of bytes, not a search and an encoding of the whole page.
     */
    private record KeptPage(List<byte[]> pieces, List<Boolean> naam) {

        static KeptPage of(String html) {
            List<byte[]> pieces = new ArrayList<>();
            List<Boolean> naam = new ArrayList<>();
            Matcher m = STAND_IN.matcher(html);
            int from = 0;
            while (m.find()) {
                pieces.add(html.substring(from, m.start()).getBytes(StandardCharsets.UTF_8));
                naam.add(m.group().equals(NAAM));
                from = m.end();
            }
            pieces.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
            return new KeptPage(List.copyOf(pieces), List.copyOf(naam));
        }

        byte[] with(String gebruiker, String csrf) {
            byte[] name = gebruiker.getBytes(StandardCharsets.UTF_8);
            byte[] token = csrf.getBytes(StandardCharsets.UTF_8);
            int length = 0;
            for (byte[] piece : pieces) {
                length += piece.length;
            }
            for (Boolean n : naam) {
                length += n ? name.length : token.length;
            }
            byte[] out = new byte[length];
            int at = 0;
            for (int i = 0; i < pieces.size(); i++) {
                byte[] piece = pieces.get(i);
                System.arraycopy(piece, 0, out, at, piece.length);
                at += piece.length;
                if (i < naam.size()) {
                    byte[] value = naam.get(i) ? name : token;
                    System.arraycopy(value, 0, out, at, value.length);
                    at += value.length;
                }
            }
            return out;
        }
    }

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

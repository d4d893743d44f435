package nl.dekkend.dashboard.pdca;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.pdca.Invalid;
import nl.dekkend.appdb.pdca.Norm;
import nl.dekkend.appdb.pdca.NormChange;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.format.NormText;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code /pdca/normen}: the norm of every indicator per planperiode and every change (who, when, old, new, reason).
 * The beheerder and the kwaliteitscommissie set a norm with a required reason; pages, the API and the CSV judge by
 * it from the next request on, without a pipeline run.
 */
public final class NormsPage {

    private static final String[] FIELDS = {"indicator", "planperiode", "richting", "norm", "grens", "reden"};

    private final ServingDatabase database;
    private final Pdca pdca;
    private final Templates templates;
    private final Layouts layouts;

    public NormsPage(ServingDatabase database, Pdca pdca, Templates templates, Layouts layouts) {
        this.database = database;
        this.pdca = pdca;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void show(Context ctx) {
        Map<String, String> form = new HashMap<>();
        form.put("indicator", ctx.queryParam("indicator") == null ? "" : ctx.queryParam("indicator"));
        render(ctx, form, Map.of(), "");
    }

    public void change(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        PdcaAccess.requireEdit(viewer);
        Map<String, String> form = new HashMap<>();
        for (String field : FIELDS) {
            form.put(
                    field,
                    ctx.formParam(field) == null ? "" : ctx.formParam(field).strip());
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        BigDecimal norm = number(form.get("norm"), "norm", true, fouten);
        BigDecimal grens = number(form.get("grens"), "grens", false, fouten);
        if (!Norm.RICHTINGEN.contains(form.get("richting"))) {
            fouten.put("richting", "Kies een richting: lager is beter, hoger is beter of binnen een band.");
        }
        try (ServingReader reader = database.open()) {
            if (new KpiQueries(reader).definition(form.get("indicator")).isEmpty()) {
                fouten.put("indicator", "Kies een indicator uit de lijst.");
            }
        }
        try {
            if (!fouten.isEmpty()) {
                throw new Invalid(fouten);
            }
            pdca.norms()
                    .change(
                            new Norm(form.get("indicator"), form.get("planperiode"), form.get("richting"), norm, grens),
                            form.get("reden"),
                            viewer.naam());
            ctx.redirect("/pdca/normen?indicator=" + form.get("indicator") + "#wijzigingen", HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, form, e.fouten(), "");
        }
    }

    private void render(Context ctx, Map<String, String> form, Map<String, String> fouten, String melding) {
        Viewer viewer = Viewer.current(ctx);
        try (ServingReader reader = database.open()) {
            List<KpiDefinition> definitions = new KpiQueries(reader).definitions();
            Map<String, KpiDefinition> byId = CycleFigures.byId(definitions);
            NormSet norms = RequestNorms.of(ctx);
            List<Map<String, String>> current = norms.norms().stream()
                    .filter(n -> byId.containsKey(n.indicator()))
                    .map(n -> {
                        KpiDefinition d = byId.get(n.indicator());
                        Map<String, String> row = new HashMap<>();
                        row.put("indicator", d.naam());
                        row.put("id", d.indicator());
                        row.put("planperiode", n.planperiode());
                        row.put("norm", NormText.of(n.norm(), n.richting(), d.eenheid(), d.decimalen()));
                        row.put(
                                "grens",
                                n.grens() == null
                                        ? "–"
                                        : NormText.of(n.grens(), n.richting(), d.eenheid(), d.decimalen()));
                        return row;
                    })
                    .toList();
            String chosen = form.getOrDefault("indicator", "");
            List<NormChangeRow> history = chosen.isEmpty() || !byId.containsKey(chosen)
                    ? List.of()
                    : changes(pdca.norms().history(chosen), byId.get(chosen));
            Map<String, String> values = new HashMap<>();
            for (String field : FIELDS) {
                values.put(field, "");
            }
            values.putAll(form);
            if (values.get("richting").isEmpty()
                    && byId.containsKey(chosen)
                    && byId.get(chosen).richting() != null) {
                values.put("richting", byId.get(chosen).richting());
            }
            Map<String, Object> model = new HashMap<>();
            model.put("title", "Normen per planperiode");
            model.put("active", "pdca");
            model.put("norms", current);
            model.put("definitions", definitions);
            model.put("planperiodes", norms.planperiodes());
            model.put("richtingen", Norm.RICHTINGEN);
            model.put(
                    "chosen",
                    chosen.isEmpty() || !byId.containsKey(chosen)
                            ? ""
                            : byId.get(chosen).naam());
            model.put("history", history);
            model.put("edits", PdcaAccess.edits(viewer));
            model.put("values", values);
            model.put("fouten", FormErrors.of(fouten, FIELDS));
            model.put("melding", melding);
            model.put("site", layouts.of(reader, ctx));
            ctx.html(templates.render("pdca/normen", model));
        }
    }

    static List<NormChangeRow> changes(List<NormChange> changes, KpiDefinition d) {
        return changes.stream()
                .map(c -> new NormChangeRow(
                        d.naam(),
                        c.planperiode(),
                        c.oudeNorm() == null ? "–" : text(c.oudeNorm(), c.oudeGrens(), c.oudeRichting(), d),
                        text(c.nieuweNorm(), c.nieuweGrens(), c.nieuweRichting(), d),
                        c.reden(),
                        c.door(),
                        CycleItem.moment(c.op())))
                .toList();
    }

    private static String text(BigDecimal norm, BigDecimal grens, String richting, KpiDefinition d) {
        String text = NormText.of(norm, richting, d.eenheid(), d.decimalen());
        return grens == null ? text : text + "; oranje tot " + NormText.of(grens, richting, d.eenheid(), d.decimalen());
    }

    private static BigDecimal number(String text, String field, boolean required, Map<String, String> fouten) {
        if (text == null || text.isBlank()) {
            if (required) {
                fouten.put(field, "Geef de norm als getal, bijvoorbeeld 3,5.");
            }
            return null;
        }
        try {
            String plain = text.strip();
            return new BigDecimal(plain.contains(",") ? plain.replace(".", "").replace(',', '.') : plain);
        } catch (NumberFormatException e) {
            fouten.put(field, "‘" + text + "’ is geen getal; schrijf bijvoorbeeld 3,5.");
            return null;
        }
    }
}

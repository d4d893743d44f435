package nl.dekkend.dashboard.pdca;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.appdb.pdca.ActionInput;
import nl.dekkend.appdb.pdca.Analysis;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.Invalid;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code /pdca/cycli/{cyclus}/indicatoren/{id}}: one indicator in a cycle: its figures, the trend with the norms per
 * planperiode and the actions as marked intervals, the analysis (with every earlier version across cycles) and the
 * actions. The kwaliteitscommissie writes the analysis and adds and updates actions here while the cycle is open; a
 * form with an error comes back with what was typed and a Dutch message per field.
 */
public final class IndicatorCyclusPage {

    static final String[] ACTION_FIELDS = {"omschrijving", "eigenaar", "gemeente", "deadline", "status", "evaluatie"};
    private static final String[] ALL_FIELDS = {
        "tekst", "omschrijving", "eigenaar", "gemeente", "deadline", "status", "evaluatie", "cyclus", "actie"
    };

    private final ServingDatabase database;
    private final Pdca pdca;
    private final Templates templates;
    private final Layouts layouts;

    public IndicatorCyclusPage(ServingDatabase database, Pdca pdca, Templates templates, Layouts layouts) {
        this.database = database;
        this.pdca = pdca;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void show(Context ctx) {
        render(ctx, Form.NONE);
    }

    public void saveAnalysis(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        PdcaAccess.requireEdit(viewer);
        Cycle cycle = cycle(ctx);
        String tekst = param(ctx, "tekst");
        try {
            pdca.analyses().save(cycle.code(), ctx.pathParam("id"), tekst, viewer.naam());
            ctx.redirect(link(cycle, ctx.pathParam("id")) + "#analyse", HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, new Form("analyse", Map.of("tekst", tekst), e.fouten()));
        }
    }

    public void addAction(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        PdcaAccess.requireEdit(viewer);
        Cycle cycle = cycle(ctx);
        ActionInput input = input(ctx);
        try {
            pdca.actions().add(cycle.code(), ctx.pathParam("id"), input, viewer.naam());
            ctx.redirect(link(cycle, ctx.pathParam("id")) + "#acties", HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, new Form("nieuw", values(input), e.fouten()));
        }
    }

    public void updateAction(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        PdcaAccess.requireEdit(viewer);
        Cycle cycle = cycle(ctx);
        if (!cycle.isOpen()) {
            throw new io.javalin.http.BadRequestResponse("Cyclus " + cycle.code() + " is gesloten.");
        }
        String id = ctx.pathParam("actie");
        pdca.actions().find(id).orElseThrow(NotFoundResponse::new);
        ActionInput input = input(ctx);
        try {
            pdca.actions().update(id, input, viewer.naam());
            ctx.redirect(link(cycle, ctx.pathParam("id")) + "#actie-" + id, HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, new Form(id, values(input), e.fouten()));
        }
    }

    private void render(Context ctx, Form form) {
        Viewer viewer = Viewer.current(ctx);
        Cycle cycle = cycle(ctx);
        String id = ctx.pathParam("id");
        try (ServingReader reader = database.open()) {
            KpiQueries kpis = new KpiQueries(reader);
            KpiDefinition d = kpis.definition(id).orElseThrow(NotFoundResponse::new);
            Figures figures = new Figures(reader, viewer, RequestNorms.of(ctx));
            NormSet norms = RequestNorms.of(ctx);
            List<Action> actions = PdcaAccess.visible(viewer, pdca.actions().forCycle(cycle)).stream()
                    .filter(a -> a.indicator().equals(id))
                    .toList();
            List<FigureRow> rows = CycleFigures.rows(
                            cycle,
                            pdca.cycles().figures(cycle.code()),
                            Map.of(id, d),
                            figures,
                            norms,
                            pdca.analyses().current(cycle.code()),
                            actions,
                            pdca.today())
                    .stream()
                    .filter(r -> r.indicator().equals(id))
                    .toList();
            List<KpiValue> totals =
                    kpis
                            .swv()
                            .map(Area::code)
                            .map(swv -> figures.swvTotals(swv, List.of(id)))
                            .orElse(List.of())
                            .stream()
                            .filter(v -> v.uitsplitsing().isEmpty())
                            .sorted(java.util.Comparator.comparing(KpiValue::periode))
                            .toList();
            List<Action> allForIndicator = PdcaAccess.visible(
                            viewer, pdca.actions().all())
                    .stream()
                    .filter(a -> a.indicator().equals(id))
                    .toList();
            Analysis current = pdca.analyses().current(cycle.code()).get(id);
            Map<String, Object> model = new HashMap<>();
            model.put("title", d.naam() + " · cyclus " + cycle.code());
            model.put("active", "pdca");
            model.put("definition", d);
            model.put("cycle", CycleItem.of(cycle));
            model.put("link", link(cycle, id));
            model.put("rows", rows);
            model.put("pdcaChart", PdcaChart.build(d.naam(), d.eenheid(), totals, norms, allForIndicator));
            model.put("analyse", current == null ? "" : current.tekst());
            model.put(
                    "analyseBy",
                    current == null
                            ? ""
                            : "versie " + current.versie() + ", " + CycleItem.moment(current.op()) + " door "
                                    + current.door());
            List<Analysis> analyses = new java.util.ArrayList<>(pdca.analyses().history(id));
            java.util.Collections.reverse(analyses);
            model.put("analyses", analyses.stream().map(AnalysisRow::of).toList());
            model.put("actions", actions.stream().map(a -> row(a, cycle, d)).toList());
            model.put("normChanges", NormsPage.changes(pdca.norms().history(id), d));
            model.put("edits", PdcaAccess.edits(viewer) && cycle.isOpen());
            model.put("statussen", Action.STATUSSEN);
            model.put("form", form.id());
            model.put("formValues", form.valuesWithDefaults(current == null ? "" : current.tekst()));
            model.put("fouten", FormErrors.of(form.fouten(), ALL_FIELDS));
            model.put("site", layouts.of(reader, ctx));
            ctx.html(templates.render("pdca/indicator", model));
        }
    }

    private ActionRow row(Action a, Cycle cycle, KpiDefinition d) {
        return ActionRow.of(
                a,
                cycle.code(),
                d.naam(),
                d.thema(),
                pdca.today(),
                pdca.actions().history(a.id()));
    }

    private Cycle cycle(Context ctx) {
        return pdca.cycles().find(Slug.code(ctx.pathParam("cyclus"))).orElseThrow(NotFoundResponse::new);
    }

    static String link(Cycle cycle, String id) {
        return "/pdca/cycli/" + Slug.of(cycle.code()) + "/indicatoren/" + id;
    }

    private static ActionInput input(Context ctx) {
        return new ActionInput(
                param(ctx, "omschrijving"),
                param(ctx, "eigenaar"),
                param(ctx, "gemeente"),
                param(ctx, "deadline"),
                param(ctx, "status"),
                param(ctx, "evaluatie"));
    }

    private static Map<String, String> values(ActionInput input) {
        Map<String, String> values = new HashMap<>();
        values.put("omschrijving", input.omschrijving());
        values.put("eigenaar", input.eigenaar());
        values.put("gemeente", input.gemeente());
        values.put("deadline", input.deadline());
        values.put("status", input.status());
        values.put("evaluatie", input.evaluatie());
        return values;
    }

    private static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    /** Which form failed ({@code analyse}, {@code nieuw} or an action id), with what was typed and the messages. */
    record Form(String id, Map<String, String> values, Map<String, String> fouten) {

        static final Form NONE = new Form("", Map.of(), Map.of());

        Map<String, String> valuesWithDefaults(String analyse) {
            Map<String, String> all = new HashMap<>();
            for (String field : ACTION_FIELDS) {
                all.put(field, "");
            }
            all.put("status", "open");
            all.put("tekst", analyse);
            all.putAll(values);
            return all;
        }
    }
}

package nl.dekkend.dashboard.pdca;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.Invalid;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code /pdca} and {@code /pdca/cycli/{cyclus}}: the cycles, and per cycle every indicator with its status against
 * the norm, trend, whether its analysis is written, and its open and overdue actions. The kwaliteitscommissie opens
 * a new cycle and closes the open one here.
 */
public final class CyclusPage {

    private final ServingDatabase database;
    private final Pdca pdca;
    private final CycleWork work;
    private final Templates templates;
    private final Layouts layouts;

    public CyclusPage(ServingDatabase database, Pdca pdca, Templates templates, Layouts layouts) {
        this.database = database;
        this.pdca = pdca;
        this.work = new CycleWork(pdca);
        this.templates = templates;
        this.layouts = layouts;
    }

    public void index(Context ctx) {
        Optional<Cycle> newest = pdca.cycles().list().stream().findFirst();
        if (newest.isPresent()) {
            ctx.redirect("/pdca/cycli/" + Slug.of(newest.get().code()), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, null, Map.of(), Map.of(), "");
    }

    public void show(Context ctx) {
        render(ctx, cycle(ctx), Map.of(), Map.of(), "");
    }

    public void open(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        PdcaAccess.requireEdit(viewer);
        List<String> niveaus = ctx.formParams("niveaus");
        String code = Optional.ofNullable(ctx.formParam("code")).orElse("");
        try (ServingReader reader = database.open()) {
            Cycle opened = work.open(reader, code, niveaus, viewer.naam());
            ctx.redirect("/pdca/cycli/" + Slug.of(opened.code()), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            Map<String, Object> form = new HashMap<>();
            form.put("code", code);
            form.put("niveaus", niveaus);
            render(ctx, pdca.cycles().list().stream().findFirst().orElse(null), e.fouten(), form, "");
        }
    }

    public void close(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        PdcaAccess.requireEdit(viewer);
        Cycle cycle = cycle(ctx);
        try (ServingReader reader = database.open()) {
            work.close(reader, cycle.code(), viewer.naam());
            ctx.redirect("/pdca/cycli/" + Slug.of(cycle.code()), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, cycle, e.fouten(), Map.of(), "");
        }
    }

    private Cycle cycle(Context ctx) {
        return pdca.cycles().find(Slug.code(ctx.pathParam("cyclus"))).orElseThrow(NotFoundResponse::new);
    }

    private void render(
            Context ctx, Cycle cycle, Map<String, String> fouten, Map<String, Object> form, String melding) {
        Viewer viewer = Viewer.current(ctx);
        try (ServingReader reader = database.open()) {
            Figures figures = new Figures(reader, viewer, RequestNorms.of(ctx));
            NormSet norms = RequestNorms.of(ctx);
            List<KpiDefinition> definitions = new KpiQueries(reader).definitions();
            List<FigureRow> rows = cycle == null
                    ? List.of()
                    : CycleFigures.rows(
                                    cycle,
                                    pdca.cycles().figures(cycle.code()),
                                    CycleFigures.byId(definitions),
                                    figures,
                                    norms,
                                    pdca.analyses().current(cycle.code()),
                                    PdcaAccess.visible(viewer, pdca.actions().forCycle(cycle)),
                                    pdca.today())
                            .stream()
                            .filter(r -> r.niveau().equals("swv"))
                            .toList();
            Map<String, Object> model = new HashMap<>();
            model.put("title", cycle == null ? "PDCA-cyclus" : "PDCA-cyclus " + cycle.code());
            model.put("active", "pdca");
            model.put("cycles", pdca.cycles().list().stream().map(CycleItem::of).toList());
            model.put("hasCycle", cycle != null);
            model.put("cycle", cycle == null ? "" : CycleItem.of(cycle));
            model.put("versions", cycle == null ? List.of() : pdca.cycles().versions(cycle.code()));
            model.put("rows", rows);
            model.put("changed", rows.stream().filter(FigureRow::gewijzigd).count());
            model.put("edits", PdcaAccess.edits(viewer));
            model.put("rapportKwaliteit", nl.dekkend.dashboard.rapport.RapportPage.kwaliteit(viewer));
            model.put("rapportOogo", nl.dekkend.dashboard.rapport.RapportPage.oogo(viewer));
            model.put("canOpen", pdca.cycles().open().isEmpty());
            model.put("levels", CycleWork.LEVELS);
            model.put(
                    "formCode",
                    form.getOrDefault("code", NextCycle.suggest(pdca.cycles().list(), pdca.today())));
            model.put("formNiveaus", form.getOrDefault("niveaus", List.of("gemeente")));
            model.put("fouten", FormErrors.of(fouten, "code", "niveaus"));
            model.put("melding", melding);
            model.put("site", layouts.of(reader, ctx));
            ctx.html(templates.render("pdca/cyclus", model));
        }
    }
}

package nl.dekkend.dashboard.pdca;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.Invalid;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.export.Export;
import nl.dekkend.dashboard.export.ExportTable;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.Niveau;
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
    private final Export export;

    public CyclusPage(ServingDatabase database, Pdca pdca, Templates templates, Layouts layouts, Export export) {
        this.database = database;
        this.pdca = pdca;
        this.work = new CycleWork(pdca);
        this.templates = templates;
        this.layouts = layouts;
        this.export = export;
    }

    public void index(Context ctx) {
        Optional<Cycle> newest = pdca.cycles().list().stream().findFirst();
        if (newest.isPresent()) {
            ctx.redirect("/pdca/cycli/" + Slug.of(newest.get().code()), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, null, Map.of(), Map.of(), "");
    }

    /** The cycle; {@code ?formaat=csv} or {@code xlsx} exports its figures at every level the account sees (logged). */
    public void show(Context ctx) {
        Cycle cycle = cycle(ctx);
        String formaat = Export.requested(ctx);
        if (formaat == null) {
            render(ctx, cycle, Map.of(), Map.of(), "");
            return;
        }
        Viewer viewer = Viewer.current(ctx);
        try (ServingReader reader = database.open()) {
            export.send(
                    ctx, formaat, table(cycle, rows(reader, viewer, ctx, cycle), viewer, Export.publication(reader)));
        }
    }

    private List<FigureRow> rows(ServingReader reader, Viewer viewer, Context ctx, Cycle cycle) {
        NormSet norms = RequestNorms.of(ctx);
        return CycleFigures.rows(
                cycle,
                pdca.cycles().figures(cycle.code()),
                CycleFigures.byId(new KpiQueries(reader).definitions()),
                new Figures(reader, viewer, norms),
                norms,
                pdca.analyses().current(cycle.code()),
                PdcaAccess.visible(viewer, pdca.actions().forCycle(cycle)),
                pdca.today());
    }

    private static final List<String> HEADER = List.of(
            "indicator",
            "naam",
            "periode",
            "niveau",
            "gebied",
            "gebied_naam",
            "waarde",
            "eenheid",
            "norm",
            "status",
            "nu",
            "verschil",
            "analyse",
            "open_acties",
            "over_deadline");

    /**
     * A cycle's figures for Excel users, as the page shows them to the account (a hidden cell reads {@code < 5} and
     * has no norm or status); for a closed cycle beside each frozen figure today's value and the difference.
     */
    static ExportTable table(Cycle cycle, List<FigureRow> rows, Viewer viewer, String publicatie) {
        int decimals =
                rows.stream().mapToInt(r -> r.getallen().decimalen()).max().orElse(2);
        List<ExportTable.Column> columns = HEADER.stream()
                .map(kop -> switch (kop) {
                    case "waarde", "norm", "nu", "verschil" -> ExportTable.Column.number(kop, decimals);
                    case "open_acties", "over_deadline" -> ExportTable.Column.number(kop, 0);
                    default -> ExportTable.Column.text(kop);
                })
                .toList();
        List<List<Object>> cells = rows.stream()
                .map(r -> {
                    FigureRow.Numbers n = r.getallen();
                    return Arrays.<Object>asList(
                            r.indicator(),
                            r.naam(),
                            r.periode(),
                            r.niveau(),
                            r.gebied(),
                            r.gebiedNaam(),
                            r.waarde().onderdrukt() ? DutchFormat.SUPPRESSED : n.waarde(),
                            n.eenheid(),
                            n.norm(),
                            r.status().kort(),
                            n.nu(),
                            n.nu() == null || n.waarde() == null ? null : n.nu().subtract(n.waarde()),
                            r.analyse() ? "geschreven" : "ontbreekt",
                            BigDecimal.valueOf(r.open()),
                            BigDecimal.valueOf(r.overdue()));
                })
                .toList();
        String toestand = cycle.isOpen()
                ? "open: de cijfers van de huidige publicatie, beoordeeld met de normen die nu gelden"
                : "gesloten: de cijfers zoals ze in de cyclus zijn gepresenteerd (publicatie " + cycle.publicatie()
                        + "); nu en verschil komen uit de huidige publicatie";
        return new ExportTable(
                "cyclus_" + Slug.of(cycle.code()).toLowerCase(java.util.Locale.ROOT),
                "Cyclus",
                columns,
                cells,
                List.of(
                        List.of("Tabel", "PDCA-cyclus " + cycle.code() + ", " + toestand),
                        List.of("Bron", "Dekkend, PDCA-cyclus; huidige publicatie " + publicatie),
                        List.of(
                                "Bekeken als",
                                viewer.naam() + " (" + viewer.rol().code() + ")"),
                        List.of(
                                "Onderdrukt",
                                DutchFormat.SUPPRESSED + ": " + DutchFormat.SUPPRESSED_EXPLANATION
                                        + "; norm en status van zo'n cel zijn leeg.")));
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
            List<FigureRow> rows = cycle == null
                    ? List.of()
                    : rows(reader, viewer, ctx, cycle).stream()
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
            Niveau niveaus = new KpiQueries(reader).niveaus();
            model.put(
                    "levels",
                    CycleWork.levels(reader).stream()
                            .map(l -> Map.of("code", l, "naam", niveaus.naam(l)))
                            .toList());
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

package nl.dekkend.dashboard.pdca;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.dashboard.export.Export;
import nl.dekkend.dashboard.export.ExportTable;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code /pdca/acties}: every improvement action the account may see, filtered on status, eigenaar, thema and
 * overdue; {@code ?formaat=csv} or {@code xlsx} exports the filtered list (logged in the audit log).
 */
public final class ActiesPage {

    private final ServingDatabase database;
    private final Pdca pdca;
    private final AuditLog audit;
    private final Templates templates;
    private final Layouts layouts;

    public ActiesPage(ServingDatabase database, Pdca pdca, AuditLog audit, Templates templates, Layouts layouts) {
        this.database = database;
        this.pdca = pdca;
        this.audit = audit;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void show(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        String status = value(ctx, "status");
        String eigenaar = value(ctx, "eigenaar");
        String thema = value(ctx, "thema");
        boolean overdue = "ja".equals(ctx.queryParam("achterstallig"));
        try (ServingReader reader = database.open()) {
            Map<String, KpiDefinition> definitions = CycleFigures.byId(new KpiQueries(reader).definitions());
            List<Action> visible = PdcaAccess.visible(viewer, pdca.actions().all());
            List<ActionRow> rows = visible.stream()
                    .filter(a -> status.isEmpty() || a.status().equals(status))
                    .filter(a -> eigenaar.isEmpty() || a.eigenaar().equals(eigenaar))
                    .filter(a -> thema.isEmpty() || thema.equals(themaOf(definitions, a)))
                    .filter(a -> !overdue || a.overdue(pdca.today()))
                    .map(a -> ActionRow.of(
                            a,
                            null,
                            definitions.containsKey(a.indicator())
                                    ? definitions.get(a.indicator()).naam()
                                    : a.indicator(),
                            themaOf(definitions, a),
                            pdca.today(),
                            List.of()))
                    .toList();
            String formaat = Export.requested(ctx);
            if (formaat != null) {
                new Export(audit).send(ctx, formaat, table(rows));
                return;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("title", "Actieregister");
            model.put("active", "pdca");
            model.put("rows", rows);
            model.put("statussen", Action.STATUSSEN);
            model.put(
                    "eigenaars",
                    new TreeSet<>(visible.stream().map(Action::eigenaar).toList()));
            model.put(
                    "themas",
                    new TreeSet<>(
                            visible.stream().map(a -> themaOf(definitions, a)).toList()));
            model.put("status", status);
            model.put("eigenaar", eigenaar);
            model.put("thema", thema);
            model.put("achterstallig", overdue);
            model.put(
                    "query", ctx.queryString() == null ? "" : ctx.queryString().replaceAll("&?formaat=[a-z]*", ""));
            model.put("site", layouts.of(reader, ctx));
            ctx.html(templates.render("pdca/acties", model));
        }
    }

    private static final List<String> HEADER = List.of(
            "cyclus",
            "indicator",
            "thema",
            "omschrijving",
            "eigenaar",
            "gemeente",
            "deadline",
            "status",
            "over_deadline",
            "evaluatie",
            "laatst_gewijzigd");

    /** The actions register as a table for Excel users (dates the Dutch way). */
    static ExportTable table(List<ActionRow> rows) {
        List<List<Object>> cells = rows.stream()
                .map(row -> Arrays.<Object>asList(
                        row.cyclus(),
                        row.indicatorNaam(),
                        row.thema(),
                        row.omschrijving(),
                        row.eigenaar(),
                        row.gemeente(),
                        row.deadline(),
                        row.status(),
                        row.overdue() ? "ja" : "nee",
                        row.evaluatie(),
                        row.gewijzigd()))
                .toList();
        return new ExportTable(
                "acties",
                "Acties",
                HEADER.stream().map(ExportTable.Column::text).toList(),
                cells,
                List.of(
                        List.of(
                                "Tabel",
                                "Actieregister: de verbeteracties die het account mag zien, met de filters van de pagina"),
                        List.of("Bron", "Dekkend, PDCA-cyclus")));
    }

    private static String themaOf(Map<String, KpiDefinition> definitions, Action a) {
        return definitions.containsKey(a.indicator())
                ? definitions.get(a.indicator()).thema()
                : "";
    }

    private static String value(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}

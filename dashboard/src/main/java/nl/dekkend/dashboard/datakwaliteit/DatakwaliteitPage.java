package nl.dekkend.dashboard.datakwaliteit;

import io.javalin.http.Context;
import java.util.Map;
import nl.dekkend.dashboard.export.Export;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code GET /datakwaliteit}: what the pipeline had to work with, what it rejected and what it blocks; each table exports
 * through {@link Export}.
 */
public final class DatakwaliteitPage {

    private final ServingDatabase database;
    private final Templates templates;
    private final Layouts layouts;
    private final Export export;

    public DatakwaliteitPage(ServingDatabase database, Templates templates, Layouts layouts, Export export) {
        this.database = database;
        this.templates = templates;
        this.layouts = layouts;
        this.export = export;
    }

    /** The page; {@code ?tabel=…&formaat=csv} or {@code xlsx} exports one of its tables (logged). */
    public void show(Context ctx) {
        try (ServingReader reader = database.open()) {
            KpiQueries kpis = new KpiQueries(reader);
            DatakwaliteitQueries quality = new DatakwaliteitQueries(reader);
            String formaat = Export.requested(ctx);
            if (formaat != null) {
                export.send(
                        ctx,
                        formaat,
                        DatakwaliteitExports.table(
                                ctx.queryParam("tabel"),
                                kpis.sources(),
                                quality.fileLoads(),
                                quality.quarantineReasons(),
                                quality.dataTests().stream()
                                        .map(DataTestResult::withoutVoorbeeld)
                                        .toList(),
                                Viewer.current(ctx),
                                Export.publication(reader)));
                return;
            }
            DatakwaliteitView view = DatakwaliteitView.build(
                    kpis.sources(),
                    kpis.definitions(),
                    quality.fileLoads(),
                    quality.quarantineReasons(),
                    quality.dataTests());
            ctx.html(templates.render(
                    "datakwaliteit/page",
                    Map.of(
                            "title",
                            "Datakwaliteit",
                            "active",
                            "datakwaliteit",
                            "page",
                            view,
                            "eigenSwvOnbekend",
                            quality.eigenSwvOnbekend(),
                            "site",
                            layouts.of(reader, ctx))));
        }
    }
}

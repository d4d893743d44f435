package nl.dekkend.dashboard.datakwaliteit;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import nl.dekkend.dashboard.export.Export;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.pdca.RequestNorms;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Figures;
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
            // counts of the publication only; the page differs per role (the beheerder's links) and notice
            layouts.page(
                    reader,
                    ctx,
                    new Figures(reader, Viewer.current(ctx), RequestNorms.of(ctx)),
                    templates,
                    "datakwaliteit/page",
                    List.of("datakwaliteit"),
                    List.of(),
                    () -> Map.of(
                            "title",
                            "Datakwaliteit",
                            "active",
                            "datakwaliteit",
                            "page",
                            DatakwaliteitView.build(
                                    kpis.sources(),
                                    kpis.definitions(),
                                    quality.fileLoads(),
                                    quality.quarantineReasons(),
                                    quality.dataTests()),
                            "eigenSwvOnbekend",
                            quality.eigenSwvOnbekend()));
        }
    }
}

package nl.dekkend.dashboard.datakwaliteit;

import io.javalin.http.Context;
import java.util.Map;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.web.Templates;

/** {@code GET /datakwaliteit}: what the pipeline had to work with, what it rejected and what it blocks. */
public final class DatakwaliteitPage {

    private final ServingDatabase database;
    private final Templates templates;
    private final Layouts layouts;

    public DatakwaliteitPage(ServingDatabase database, Templates templates, Layouts layouts) {
        this.database = database;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void show(Context ctx) {
        try (ServingReader reader = database.open()) {
            KpiQueries kpis = new KpiQueries(reader);
            DatakwaliteitQueries quality = new DatakwaliteitQueries(reader);
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

package nl.dekkend.dashboard.overzicht;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.web.Templates;

/** {@code GET /}: a tile per indicator with data, its latest SWV value, grouped by thema. */
public final class OverzichtPage {

    private final ServingDatabase database;
    private final Templates templates;
    private final Layouts layouts;

    public OverzichtPage(ServingDatabase database, Templates templates, Layouts layouts) {
        this.database = database;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void show(Context ctx) {
        try (ServingReader reader = database.open()) {
            Optional<Area> swv = new KpiQueries(reader).swv();
            List<LatestValue> latest = swv.map(area -> new OverzichtQueries(reader).latest(area.code()))
                    .orElse(List.of());
            OverzichtView view = OverzichtView.build(swv.map(Area::label).orElse(""), latest);
            ctx.html(templates.render(
                    "overzicht/page",
                    Map.of("title", "Overzicht", "active", "overzicht", "page", view, "site", layouts.of(reader))));
        }
    }
}

package nl.dekkend.dashboard.overzicht;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.SourceAvailability;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.pdca.RequestNorms;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.thema.Thema;
import nl.dekkend.dashboard.thema.ThemaQueries;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/** {@code GET /}: per catalog theme its headline indicators with value, norm, status, change and landelijk. */
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
            KpiQueries kpis = new KpiQueries(reader);
            Optional<Area> swv = kpis.swv();
            List<KpiDefinition> definitions = kpis.definitions();
            List<Thema> themas = new ThemaQueries(reader).all();
            List<String> kern = themas.stream().flatMap(t -> t.kern().stream()).toList();
            Figures figures = new Figures(reader, Viewer.current(ctx), RequestNorms.of(ctx));
            layouts.page(
                    reader,
                    ctx,
                    figures,
                    templates,
                    "overzicht/page",
                    List.of("overzicht"),
                    List.of(),
                    () -> Map.of(
                            "title",
                            "Overzicht",
                            "active",
                            "overzicht",
                            "page",
                            OverzichtView.build(
                                    swv.map(Area::label).orElse(""),
                                    themas,
                                    definitions,
                                    swv.map(area -> figures.swvTotals(area.code(), kern))
                                            .orElse(List.of()),
                                    kpis.national(kern),
                                    new SourceAvailability(kpis.sources()))));
        }
    }
}

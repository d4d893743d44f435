package nl.dekkend.dashboard.indicator;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.dashboard.export.Export;
import nl.dekkend.dashboard.export.FigureTables;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.NationalValue;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.kpi.SourceAvailability;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.pdca.RequestNorms;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.trend.ChartText;
import nl.dekkend.dashboard.trend.TrendView;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code GET /indicatoren/{id}?niveau=&gebied=&periode=&binnen=}: any indicator of the catalog over the periods for
 * the own SWV (with the national figure), and per gebied at a chosen level: all areas × periods (with
 * {@code binnen=stadsdeel:SD01} only those within that area, see {@link Drill}), the chosen period across the areas,
 * and the breakdowns of the chosen area.
 */
public final class IndicatorPage {

    private final ServingDatabase database;
    private final Templates templates;
    private final Layouts layouts;
    private final Export export;

    public IndicatorPage(ServingDatabase database, Templates templates, Layouts layouts, Export export) {
        this.database = database;
        this.templates = templates;
        this.layouts = layouts;
        this.export = export;
    }

    public void show(Context ctx) {
        String id = ctx.pathParam("id");
        try (ServingReader reader = database.open()) {
            KpiQueries kpis = new KpiQueries(reader);
            KpiDefinition definition = kpis.definition(id).orElseThrow(NotFoundResponse::new);
            Optional<Area> swv = kpis.swv();
            Figures figures = new Figures(reader, Viewer.current(ctx), RequestNorms.of(ctx));
            List<KpiValue> all = figures.values(id, null, null);
            Niveau niveaus = kpis.niveaus();
            List<String> levels = IndicatorLevels.of(niveaus, all);
            Scope.check(figures, niveaus, ctx.queryParam("niveau"), ctx.queryParam("gebied"));
            String niveau = AreaSelection.niveau(niveaus, ctx.queryParam("niveau"), definition, levels);
            Drill drill = Drill.parse(niveaus, ctx.queryParam("binnen"), niveau);
            if (drill != null) {
                Scope.check(figures, niveaus, drill.niveau(), drill.gebied());
            }
            List<KpiValue> rows = all.stream()
                    .filter(v -> v.niveau().equals(niveau))
                    .filter(v ->
                            drill == null || figures.within(v.niveau(), v.gebied(), drill.niveau(), drill.gebied()))
                    .toList();
            AreaSelection selection =
                    AreaSelection.of(niveaus, niveau, ctx.queryParam("gebied"), ctx.queryParam("periode"), rows, swv);
            String formaat = Export.requested(ctx);
            if (formaat != null) {
                export.send(
                        ctx,
                        formaat,
                        FigureTables.of(
                                definition.indicator() + "_" + niveau,
                                definition.naam() + " per "
                                        + niveaus.naam(niveau).toLowerCase(java.util.Locale.ROOT),
                                List.of(definition),
                                rows,
                                kpis.national(List.of(definition.indicator())),
                                Viewer.current(ctx),
                                Export.publication(reader)));
                return;
            }
            ctx.html(templates.render(
                    "indicator/page",
                    Map.of(
                            "title",
                            definition.naam(),
                            "active",
                            "thema-" + definition.thema(),
                            "definition",
                            definition,
                            "page",
                            trend(kpis, figures, definition, swv),
                            "exportTrend",
                            false,
                            "areas",
                            AreaView.build(niveaus, definition, levels, selection, rows, drill, all, figures::within),
                            "site",
                            layouts.of(reader, ctx))));
        }
    }

    private static TrendView trend(KpiQueries kpis, Figures figures, KpiDefinition definition, Optional<Area> swv) {
        List<String> ids = List.of(definition.indicator());
        ChartText chart = new ChartText(
                "chart-indicator",
                definition.naam(),
                "Lijngrafiek van " + definition.naam() + " per periode. De cijfers staan in de tabel hieronder.");
        List<NationalValue> national = kpis.national(ids);
        return TrendView.build(
                chart,
                List.of(definition),
                List.of(),
                swv,
                swv.map(area -> figures.swvTotals(area.code(), ids)).orElse(List.of()),
                national,
                !national.isEmpty(),
                new SourceAvailability(kpis.sources()));
    }
}

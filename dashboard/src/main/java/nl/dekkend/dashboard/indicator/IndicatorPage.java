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
        String niveauParam = ctx.queryParam("niveau");
        String gebiedParam = ctx.queryParam("gebied");
        String periodeParam = ctx.queryParam("periode");
        String binnenParam = ctx.queryParam("binnen");
        try (ServingReader reader = database.open()) {
            KpiQueries kpis = new KpiQueries(reader);
            KpiDefinition definition = kpis.definition(id).orElseThrow(NotFoundResponse::new);
            Optional<Area> swv = kpis.swv();
            Figures figures = new Figures(reader, Viewer.current(ctx), RequestNorms.of(ctx));
            Niveau niveaus = kpis.niveaus();
            String formaat = Export.requested(ctx);
            if (formaat != null) {
                Selected selected =
                        select(figures, niveaus, definition, swv, niveauParam, gebiedParam, periodeParam, binnenParam);
                export.send(
                        ctx,
                        formaat,
                        FigureTables.of(
                                definition.indicator() + "_" + selected.niveau(),
                                definition.naam() + " per "
                                        + niveaus.naam(selected.niveau()).toLowerCase(java.util.Locale.ROOT),
                                List.of(definition),
                                selected.rows(),
                                kpis.national(List.of(definition.indicator())),
                                Viewer.current(ctx),
                                Export.publication(reader)));
                return;
            }
            // the page depends on the publication, the account's scope, the norms and these parameters only
            layouts.page(
                    reader,
                    ctx,
                    figures,
                    templates,
                    "indicator/page",
                    List.of("indicator", id),
                    java.util.Arrays.asList(niveauParam, gebiedParam, periodeParam, binnenParam),
                    () -> {
                        Selected selected = select(
                                figures, niveaus, definition, swv, niveauParam, gebiedParam, periodeParam, binnenParam);
                        return Map.of(
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
                                "vergelijking",
                                figures.comparisonIndicators().contains(definition.indicator())
                                        ? "/vergelijking?indicator=" + definition.indicator()
                                        : "",
                                "areas",
                                AreaView.build(
                                        niveaus,
                                        definition,
                                        selected.levels(),
                                        selected.selection(),
                                        selected.rows(),
                                        selected.drill(),
                                        selected.all(),
                                        figures::within));
                    });
        }
    }

    /** The chosen level, its rows (within the drill-down's area) and the chosen area and period. */
    private record Selected(
            List<KpiValue> all,
            List<String> levels,
            String niveau,
            Drill drill,
            List<KpiValue> rows,
            AreaSelection selection) {}

    /** Checks the parameters (403 out of scope, 400 unusable) and selects what they ask for. */
    private static Selected select(
            Figures figures,
            Niveau niveaus,
            KpiDefinition definition,
            Optional<Area> swv,
            String niveauParam,
            String gebiedParam,
            String periodeParam,
            String binnenParam) {
        List<KpiValue> all = figures.values(definition.indicator(), null, null);
        List<String> levels = IndicatorLevels.of(niveaus, all);
        Scope.check(figures, niveaus, niveauParam, gebiedParam);
        String niveau = AreaSelection.niveau(niveaus, niveauParam, definition, levels);
        Drill drill = Drill.parse(niveaus, binnenParam, niveau);
        if (drill != null) {
            Scope.check(figures, niveaus, drill.niveau(), drill.gebied());
        }
        List<KpiValue> rows = all.stream()
                .filter(v -> v.niveau().equals(niveau))
                .filter(v -> drill == null || figures.within(v.niveau(), v.gebied(), drill.niveau(), drill.gebied()))
                .toList();
        return new Selected(
                all,
                levels,
                niveau,
                drill,
                rows,
                AreaSelection.of(niveaus, niveau, gebiedParam, periodeParam, rows, swv));
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

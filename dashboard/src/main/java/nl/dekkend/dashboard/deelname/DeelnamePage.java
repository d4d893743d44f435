package nl.dekkend.dashboard.deelname;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.export.Export;
import nl.dekkend.dashboard.export.FigureTables;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.NationalValue;
import nl.dekkend.dashboard.kpi.SourceAvailability;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.pdca.RequestNorms;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.thema.Thema;
import nl.dekkend.dashboard.thema.ThemaQueries;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.trend.ChartText;
import nl.dekkend.dashboard.trend.TrendView;
import nl.dekkend.dashboard.web.Templates;

/** {@code GET /deelname}: participation in SBO and SO of the SWV against the national figure. */
public final class DeelnamePage {

    /** The catalog's theme this page shows: its indicators, in the catalog's order. */
    public static final String THEMA = "deelname";

    private static final ChartText CHART = new ChartText(
            "chart-deelname",
            "Deelname SBO en SO",
            "Lijngrafiek van de deelnamepercentages SBO en SO per schooljaar: samenwerkingsverband (doorgetrokken"
                    + " lijnen) tegenover landelijk (gestippelde lijnen). De cijfers staan in de tabel hieronder.");

    private final ServingDatabase database;
    private final Templates templates;
    private final Layouts layouts;
    private final Export export;

    public DeelnamePage(ServingDatabase database, Templates templates, Layouts layouts, Export export) {
        this.database = database;
        this.templates = templates;
        this.layouts = layouts;
        this.export = export;
    }

    public void show(Context ctx) {
        try (ServingReader reader = database.open()) {
            Thema thema = new ThemaQueries(reader).find(THEMA).orElseThrow(NotFoundResponse::new);
            List<String> indicatoren = thema.indicatoren();
            KpiQueries kpis = new KpiQueries(reader);
            Map<String, KpiDefinition> catalog = kpis.definitions().stream()
                    .collect(Collectors.toMap(KpiDefinition::indicator, Function.identity()));
            List<KpiDefinition> definitions = indicatoren.stream()
                    .filter(catalog::containsKey)
                    .map(catalog::get)
                    .toList();
            List<String> notInCatalog =
                    indicatoren.stream().filter(id -> !catalog.containsKey(id)).toList();
            Optional<Area> swv = kpis.swv();
            Figures figures = new Figures(reader, Viewer.current(ctx), RequestNorms.of(ctx));
            List<NationalValue> national = kpis.national(indicatoren);
            String formaat = Export.requested(ctx);
            if (formaat != null) {
                List<KpiValue> totals = swv.map(area -> figures.swvTotals(area.code(), indicatoren))
                        .orElse(List.of());
                export.send(
                        ctx,
                        formaat,
                        FigureTables.of(
                                "deelname",
                                thema.titel() + ", samenwerkingsverband tegenover landelijk",
                                definitions,
                                totals,
                                national,
                                Viewer.current(ctx),
                                Export.publication(reader)));
                return;
            }
            layouts.page(
                    reader,
                    ctx,
                    figures,
                    templates,
                    "deelname/page",
                    List.of("deelname"),
                    List.of(),
                    () -> Map.of(
                            "title",
                            thema.titel(),
                            "active",
                            "thema-deelname",
                            "page",
                            TrendView.build(
                                    CHART,
                                    definitions,
                                    notInCatalog,
                                    swv,
                                    swv.map(area -> figures.swvTotals(area.code(), indicatoren))
                                            .orElse(List.of()),
                                    national,
                                    true,
                                    new SourceAvailability(kpis.sources())),
                            "exportTrend",
                            true));
        }
    }
}

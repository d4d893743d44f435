package nl.dekkend.dashboard.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.pdca.RequestNorms;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;

/**
 * {@code GET /api/indicatoren} (the catalog) and {@code GET /api/indicatoren/{id}?periode=&niveau=&gebied=} (the
 * rows the account may see, through {@link Figures}: an area out of scope gives no rows, a hidden cell null figures).
 */
public final class IndicatorenApi {

    private final ServingDatabase database;
    private final AuditLog audit;

    public IndicatorenApi(ServingDatabase database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    public void catalog(Context ctx) {
        try (ServingReader reader = database.open()) {
            ctx.json(new KpiQueries(reader).definitions());
        }
    }

    public void indicator(Context ctx) {
        answer(ctx, "json", rows -> ctx.jsonMapper().toJsonString(rows, List.class))
                .ifPresent(json -> ctx.contentType(ContentType.APPLICATION_JSON).result(json));
    }

    /** {@code GET /api/indicatoren/{id}/csv}: the same rows as the indicator CSV of INDICATOREN.md; logged. */
    public void csv(Context ctx) {
        answer(ctx, "csv", IndicatorCsv::of).ifPresent(csv -> {
            Viewer viewer = Viewer.current(ctx);
            audit.append(
                    viewer.naam(),
                    AuditLog.EXPORT,
                    "indicator " + ctx.pathParam("id") + " " + ctx.queryString(),
                    ctx.ip());
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + ctx.pathParam("id") + ".csv\"")
                    .result(csv);
        });
    }

    /**
     * The rows asked for in the given form (JSON, CSV), made once per publication, scope, norms and parameters; empty
     * after answering 400 or 404.
     */
    private <T> Optional<T> answer(Context ctx, String form, Function<List<IndicatorRow>, T> make) {
        String id = ctx.pathParam("id");
        String periode = blankToNull(ctx.queryParam("periode"));
        String niveau = blankToNull(ctx.queryParam("niveau"));
        String gebied = blankToNull(ctx.queryParam("gebied"));
        if (periode != null && Periode.parse(periode).isEmpty()) {
            badRequest(
                    ctx,
                    "Ongeldige periode '" + periode + "': gebruik een schooljaar als 2013-2014 of een jaar als 2018.");
            return Optional.empty();
        }
        try (ServingReader reader = database.open()) {
            KpiQueries kpis = new KpiQueries(reader);
            Niveau niveaus = kpis.niveaus();
            if (niveau != null && !niveaus.known(niveau)) {
                badRequest(ctx, "Ongeldig niveau '" + niveau + "': kies uit " + niveaus.choices() + ".");
                return Optional.empty();
            }
            Optional<KpiDefinition> definition = kpis.definition(id);
            if (definition.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND).json(Map.of("melding", "Onbekende indicator: " + id + "."));
                return Optional.empty();
            }
            Figures figures = new Figures(reader, Viewer.current(ctx), RequestNorms.of(ctx));
            return Optional.of(figures.view(
                    List.of("api", id, form),
                    java.util.Arrays.asList(periode, niveau, gebied),
                    () -> make.apply(figures.values(id, periode, niveau).stream()
                            .filter(v -> gebied == null || v.gebied().equals(gebied))
                            .map(v -> IndicatorRow.of(definition.get(), v))
                            .toList())));
        }
    }

    private static void badRequest(Context ctx, String melding) {
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("melding", melding));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

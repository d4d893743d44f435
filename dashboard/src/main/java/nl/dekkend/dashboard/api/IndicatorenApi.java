package nl.dekkend.dashboard.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;

/** {@code GET /api/indicatoren} (the catalog) and {@code GET /api/indicatoren/{id}?periode=&niveau=} (the rows). */
public final class IndicatorenApi {

    private final ServingDatabase database;

    public IndicatorenApi(ServingDatabase database) {
        this.database = database;
    }

    public void catalog(Context ctx) {
        try (ServingReader reader = database.open()) {
            ctx.json(new KpiQueries(reader).definitions());
        }
    }

    public void indicator(Context ctx) {
        String id = ctx.pathParam("id");
        String periode = blankToNull(ctx.queryParam("periode"));
        String niveau = blankToNull(ctx.queryParam("niveau"));
        if (periode != null && Periode.parse(periode).isEmpty()) {
            badRequest(
                    ctx,
                    "Ongeldige periode '" + periode + "': gebruik een schooljaar als 2013-2014 of een jaar als 2018.");
            return;
        }
        if (niveau != null && !Niveau.known(niveau)) {
            badRequest(
                    ctx,
                    "Ongeldig niveau '" + niveau + "': kies uit swv, stadsdeel, wijk, gemeente, bestuur of vestiging.");
            return;
        }
        try (ServingReader reader = database.open()) {
            KpiQueries kpis = new KpiQueries(reader);
            Optional<KpiDefinition> definition = kpis.definition(id);
            if (definition.isEmpty()) {
                ctx.status(HttpStatus.NOT_FOUND).json(Map.of("melding", "Onbekende indicator: " + id + "."));
                return;
            }
            List<IndicatorRow> rows = kpis.values(id, periode, niveau).stream()
                    .map(v -> IndicatorRow.of(definition.get(), v))
                    .toList();
            ctx.json(rows);
        }
    }

    private static void badRequest(Context ctx, String melding) {
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("melding", melding));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

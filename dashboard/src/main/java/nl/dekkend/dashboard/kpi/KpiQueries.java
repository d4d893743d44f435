package nl.dekkend.dashboard.kpi;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.dashboard.serving.ServingReader;

/** Read-only access to the catalog, the indicator values and the source status of one publication. */
public final class KpiQueries {

    private final ServingReader reader;

    public KpiQueries(ServingReader reader) {
        this.reader = reader;
    }

    public List<KpiDefinition> definitions() {
        return reader.listOnce("kpi/definitions", KpiQueries::definition);
    }

    public Optional<KpiDefinition> definition(String indicator) {
        return definitions().stream()
                .filter(d -> d.indicator().equals(indicator))
                .findFirst();
    }

    /** The catalog's levels ({@code kpi_niveaus}). */
    public Niveau niveaus() {
        return reader.memo("kpi/niveaus", () -> {
            Map<String, String> names = new LinkedHashMap<>();
            reader.list("kpi/niveaus", row -> Map.entry(row.getString("niveau"), row.getString("naam")))
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
            return new Niveau(names);
        });
    }

    public List<SourceStatus> sources() {
        return reader.listOnce("kpi/source_status", KpiQueries::sourceStatus);
    }

    /**
     * The own SWV of the publication: the one transform determined (table {@code eigen_swv}), else the first gebied
     * at level swv.
     */
    public Optional<Area> swv() {
        return reader
                .listOnce("kpi/swv", row -> new Area(row.getString("gebied"), row.getString("gebied_naam")))
                .stream()
                .findFirst();
    }

    /** National figures ({@code kpi_national}) of the given indicators. */
    public List<NationalValue> national(Collection<String> indicators) {
        return reader.listOnce(
                "kpi/national",
                row -> new NationalValue(
                        row.getString("indicator"), row.getString("periode"), row.getBigDecimal("waarde")),
                String.join(",", indicators));
    }

    /** A row of {@code kpi_values}, exact: only {@code toegang.Figures} reads these. */
    public static KpiValue value(ResultSet row) throws SQLException {
        return new KpiValue(
                row.getString("indicator"),
                row.getString("periode"),
                row.getString("niveau"),
                row.getString("gebied"),
                row.getString("gebied_naam"),
                row.getString("uitsplitsing"),
                row.getBigDecimal("teller"),
                row.getBigDecimal("noemer"),
                row.getBigDecimal("waarde"),
                row.getBigDecimal("norm"),
                row.getString("status"),
                row.getBoolean("onderdrukt"));
    }

    private static KpiDefinition definition(ResultSet row) throws SQLException {
        return new KpiDefinition(
                row.getString("indicator"),
                row.getString("naam"),
                row.getString("definitie"),
                row.getString("eenheid"),
                row.getInt("decimalen"),
                row.getString("richting"),
                row.getString("thema"),
                strings(row.getArray("niveaus")),
                strings(row.getArray("bronnen")),
                row.getString("model"));
    }

    private static SourceStatus sourceStatus(ResultSet row) throws SQLException {
        Timestamp laatste = row.getTimestamp("laatste_lading");
        return new SourceStatus(
                row.getString("bron"),
                row.getBoolean("aanwezig"),
                row.getInt("bestanden"),
                row.getLong("rijen_geladen"),
                row.getLong("rijen_quarantaine"),
                laatste == null ? null : laatste.toLocalDateTime(),
                row.getString("nieuwste_periode"));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Object element : (Object[]) array.getArray()) {
            result.add(String.valueOf(element));
        }
        return result;
    }
}

package nl.dekkend.dashboard.pdca;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.pdca.Actions;
import nl.dekkend.appdb.pdca.Analyses;
import nl.dekkend.appdb.pdca.Cycles;
import nl.dekkend.appdb.pdca.Norm;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.appdb.pdca.Norms;
import nl.dekkend.appdb.pdca.Planperiode;
import nl.dekkend.dashboard.serving.ServingReader;

/**
 * The PDCA store as the dashboard uses it: norms, cycles, analyses and actions in the app database, and the norms in
 * force read per request, with the catalog's norms of the publication filling what the app database lacks (once per
 * publication).
 */
public final class Pdca {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final Norms norms;
    private final Cycles cycles;
    private final Analyses analyses;
    private final Actions actions;
    private final Clock clock;
    private Path seededFor;

    public Pdca(AppDatabase db, Clock clock) {
        this.norms = new Norms(db, clock);
        this.cycles = new Cycles(db, clock);
        this.analyses = new Analyses(db, clock);
        this.actions = new Actions(db, clock);
        this.clock = clock;
    }

    public Norms norms() {
        return norms;
    }

    public Cycles cycles() {
        return cycles;
    }

    public Analyses analyses() {
        return analyses;
    }

    public Actions actions() {
        return actions;
    }

    /** Today in the Netherlands: an action whose deadline lies before it is overdue. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(NL));
    }

    /** The norms in force now, after taking the catalog's defaults of this publication. */
    public NormSet normsFor(ServingReader reader) {
        seedFrom(reader);
        return norms.current();
    }

    private void seedFrom(ServingReader reader) {
        synchronized (this) {
            if (reader.file().equals(seededFor)) {
                return;
            }
        }
        List<Norm> defaults = new ArrayList<>();
        Map<String, Planperiode> plans = new LinkedHashMap<>();
        for (CatalogNorm row : reader.list("pdca/catalog_norms", CatalogNorm::of)) {
            plans.putIfAbsent(row.plan().code(), row.plan());
            defaults.add(row.norm());
        }
        norms.seedMissing(List.copyOf(plans.values()), defaults);
        synchronized (this) {
            seededFor = reader.file();
        }
    }

    private record CatalogNorm(Planperiode plan, Norm norm) {

        static CatalogNorm of(java.sql.ResultSet row) throws java.sql.SQLException {
            return new CatalogNorm(
                    new Planperiode(
                            row.getString("planperiode"),
                            row.getString("eerste_periode"),
                            row.getString("laatste_periode")),
                    new Norm(
                            row.getString("indicator"),
                            row.getString("planperiode"),
                            row.getString("richting"),
                            row.getBigDecimal("norm"),
                            row.getBigDecimal("grens")));
        }
    }
}

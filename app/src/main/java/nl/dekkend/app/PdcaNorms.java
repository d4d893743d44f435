package nl.dekkend.app;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.pdca.Norm;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.appdb.pdca.Norms;
import nl.dekkend.appdb.pdca.Planperiode;
import nl.dekkend.warehouse.WarehouseLayout;
import nl.dekkend.warehouse.read.CatalogNorms;
import nl.dekkend.warehouse.read.NormJudge;

/** The norms in force for the command line: the app database's, with the catalog's filling what it lacks. */
final class PdcaNorms {

    private PdcaNorms() {}

    static NormSet current(AppDatabase db, WarehouseLayout layout) {
        List<CatalogNorms.CatalogNorm> catalog = CatalogNorms.read(layout);
        Map<String, Planperiode> plans = new LinkedHashMap<>();
        for (CatalogNorms.CatalogNorm n : catalog) {
            plans.putIfAbsent(n.planperiode(), new Planperiode(n.planperiode(), n.eerstePeriode(), n.laatstePeriode()));
        }
        List<Norm> defaults = catalog.stream()
                .map(n -> new Norm(n.indicator(), n.planperiode(), n.richting(), n.norm(), n.grens()))
                .toList();
        Norms norms = new Norms(db, Clock.systemUTC());
        norms.seedMissing(List.copyOf(plans.values()), defaults);
        return norms.current();
    }

    /** The CSV's judge: the one status rule with the norm of the planperiode the period falls in. */
    static NormJudge judge(NormSet norms) {
        return (indicator, periode, waarde) -> {
            NormSet.Judgement judgement = norms.judge(indicator, periode, waarde);
            return new NormJudge.Judgement(judgement.normValue(), judgement.status());
        };
    }
}

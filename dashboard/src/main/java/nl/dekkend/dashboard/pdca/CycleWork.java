package nl.dekkend.dashboard.pdca;

import java.util.List;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.CycleFigure;
import nl.dekkend.appdb.pdca.Invalid;
import nl.dekkend.appdb.pdca.Norm;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.appdb.pdca.TableVersion;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.serving.ServingReader;

/**
 * Opening and closing a cycle on the current publication: takes every indicator's newest figure up to the cycle's
 * schooljaar, for the own SWV and at the chosen levels, judged by the norms in force; closing freezes them with the
 * publication id and the Delta table versions.
 */
public final class CycleWork {

    /** The levels a commissie may add to the SWV totals: the catalog's as published, but swv, in its order. */
    public static List<String> levels(ServingReader reader) {
        Niveau niveaus = new KpiQueries(reader).niveaus();
        return niveaus.all().stream().filter(n -> !n.equals("swv")).toList();
    }

    private final Pdca pdca;

    public CycleWork(Pdca pdca) {
        this.pdca = pdca;
    }

    public Cycle open(ServingReader reader, String code, List<String> niveaus, String door) {
        String checked = Cycle.validCode(code);
        List<String> levels = levels(reader);
        for (String niveau : niveaus) {
            if (!levels.contains(niveau)) {
                throw Invalid.of("niveaus", "Onbekend niveau " + niveau + ".");
            }
        }
        List<CycleFigure> figures = figures(reader, pdca.normsFor(reader), checked.substring(0, 9), niveaus);
        return pdca.cycles().open(checked, niveaus, door, publicationId(reader), figures);
    }

    public Cycle close(ServingReader reader, String code, String door) {
        Cycle cycle = pdca.cycles().find(code).orElseThrow(() -> Invalid.of("code", "Onbekende cyclus " + code + "."));
        List<CycleFigure> figures = figures(reader, pdca.normsFor(reader), cycle.schooljaar(), cycle.niveaus());
        return pdca.cycles().close(code, door, publicationId(reader), figures, versions(reader));
    }

    static List<CycleFigure> figures(ServingReader reader, NormSet norms, String schooljaar, List<String> niveaus) {
        String swv = new KpiQueries(reader).swv().map(Area::code).orElse("");
        return reader.list("pdca/cycle_values", KpiQueries::value, schooljaar, swv, String.join(",", niveaus)).stream()
                .map(v -> {
                    NormSet.Judgement judgement = norms.judge(v.indicator(), v.periode(), v.waarde());
                    Norm norm = judgement.norm();
                    return new CycleFigure(
                            v.indicator(),
                            v.periode(),
                            v.niveau(),
                            v.gebied(),
                            v.gebiedNaam(),
                            v.teller(),
                            v.noemer(),
                            v.waarde(),
                            norm == null ? null : norm.planperiode(),
                            norm == null ? null : norm.richting(),
                            norm == null ? null : norm.norm(),
                            norm == null ? null : norm.grens(),
                            judgement.status(),
                            v.onderdrukt());
                })
                .toList();
    }

    static String publicationId(ServingReader reader) {
        return reader.first("publicatie/publication", row -> row.getString("publication_id"))
                .orElse("");
    }

    static List<TableVersion> versions(ServingReader reader) {
        return reader.list(
                "pdca/lake_versions", row -> new TableVersion(row.getString("tabel"), row.getLong("versie")));
    }
}

package nl.dekkend.dashboard.pdca;

import nl.dekkend.appdb.pdca.Analysis;

/** One version of an analysis as the history shows it. */
public record AnalysisRow(String cyclus, int versie, String door, String op, String tekst) {

    static AnalysisRow of(Analysis a) {
        return new AnalysisRow(a.cyclus(), a.versie(), a.door(), CycleItem.moment(a.op()), a.tekst());
    }
}

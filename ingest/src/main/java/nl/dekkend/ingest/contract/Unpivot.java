package nl.dekkend.ingest.contract;

import java.util.List;

/**
 * A wide layout turned long at ingest: every header {@code <kolomPrefix><jaar>} becomes one bronze row
 * with {@code naamKolom = jaar} and {@code waardeKolom = value}.
 *
 * @param kolomPrefix header prefix, matched like column names (e.g. {@code leerlingen_})
 * @param naamKolom bronze column that receives the suffix as an int (e.g. {@code jaar})
 * @param waardeKolom bronze column that receives the cell (e.g. {@code leerlingen}), type int
 * @param afgeschermdKolom boolean bronze column set when the cell is one of {@code afgeschermdWaarden}
 * @param afgeschermdWaarden cell values that mean "suppressed small number" (DUO writes {@code <5}); the
 *     count is then stored as null
 * @param beschrijving Dutch description for the user documentation
 */
public record Unpivot(
        String kolomPrefix,
        String naamKolom,
        String waardeKolom,
        String afgeschermdKolom,
        List<String> afgeschermdWaarden,
        String beschrijving) {

    public Unpivot {
        afgeschermdWaarden = afgeschermdWaarden == null ? List.of() : List.copyOf(afgeschermdWaarden);
        beschrijving = beschrijving == null ? "" : beschrijving;
    }
}

package nl.dekkend.ingest.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The declarative contract of one source (one inbox folder, one bronze table), read from
 * {@code contracts/<bron>.yml}.
 *
 * @param bron the source name: inbox folder and bronze table name
 * @param beschrijving Dutch description
 * @param korrel the grain, in Dutch (e.g. "SWV × teldatum")
 * @param vervanging {@code per_periode}: a file replaces the rows of the periods it contains;
 *     {@code volledig}: each file replaces the whole source
 * @param periodeKolom the column(s) whose value is the row's {@code _periode} (per_periode only)
 * @param sleutel key columns: unique within a file
 * @param leerlingIdKolommen pupil identifier columns, pseudonymised at the door
 * @param kolommen the columns
 * @param unpivot optional wide-to-long layout
 * @param zonderSwvCode the file carries no SWV code: its rows belong to the SWV that delivers it (the folder of a
 *     national inbox), else to the installation's own SWV; the same bytes from two SWVs are two loads
 */
public record Contract(
        String bron,
        String beschrijving,
        String korrel,
        String vervanging,
        List<String> periodeKolom,
        List<String> sleutel,
        List<String> leerlingIdKolommen,
        List<ColumnSpec> kolommen,
        Unpivot unpivot,
        boolean zonderSwvCode) {

    public static final String PER_PERIODE = "per_periode";
    public static final String VOLLEDIG = "volledig";

    public Contract {
        Objects.requireNonNull(bron, "bron");
        beschrijving = beschrijving == null ? "" : beschrijving;
        korrel = korrel == null ? "" : korrel;
        periodeKolom = periodeKolom == null ? List.of() : List.copyOf(periodeKolom);
        sleutel = sleutel == null ? List.of() : List.copyOf(sleutel);
        leerlingIdKolommen = leerlingIdKolommen == null ? List.of() : List.copyOf(leerlingIdKolommen);
        kolommen = List.copyOf(Objects.requireNonNull(kolommen, "kolommen of " + bron));
        if (!PER_PERIODE.equals(vervanging) && !VOLLEDIG.equals(vervanging)) {
            throw new IllegalArgumentException(
                    bron + ": vervanging must be per_periode or volledig, was " + vervanging);
        }
        if (PER_PERIODE.equals(vervanging) && periodeKolom.isEmpty()) {
            throw new IllegalArgumentException(bron + ": vervanging per_periode needs periode_kolom");
        }
        List<String> names = kolommen.stream().map(ColumnSpec::naam).toList();
        for (List<String> refs : List.of(periodeKolom, sleutel, leerlingIdKolommen)) {
            for (String ref : refs) {
                if (!names.contains(ref)) {
                    throw new IllegalArgumentException(bron + ": column '" + ref + "' is referenced but not declared");
                }
            }
        }
    }

    public Optional<ColumnSpec> column(String naam) {
        return kolommen.stream().filter(c -> c.naam().equals(naam)).findFirst();
    }

    public boolean perPeriode() {
        return PER_PERIODE.equals(vervanging);
    }

    public boolean isPupilId(String naam) {
        return leerlingIdKolommen.contains(naam);
    }

    /** The typed data columns of the bronze table, in order (without lineage). */
    public List<BronzeColumn> bronzeColumns() {
        List<BronzeColumn> out = new ArrayList<>();
        for (ColumnSpec c : kolommen) {
            if (!c.stored()) {
                continue;
            }
            if ("geboortejaar_maand".equals(c.minimaliseren())) {
                out.add(new BronzeColumn("geboortejaar", ColumnType.INT));
                out.add(new BronzeColumn("geboortemaand", ColumnType.INT));
            } else if ("postcode4".equals(c.minimaliseren())) {
                out.add(new BronzeColumn("postcode4", ColumnType.STRING));
            } else {
                out.add(new BronzeColumn(c.naam(), c.type()));
            }
        }
        if (unpivot != null) {
            out.add(new BronzeColumn(unpivot.naamKolom(), ColumnType.INT));
            out.add(new BronzeColumn(unpivot.waardeKolom(), ColumnType.INT));
            if (unpivot.afgeschermdKolom() != null) {
                out.add(new BronzeColumn(unpivot.afgeschermdKolom(), ColumnType.BOOLEAN));
            }
        }
        return List.copyOf(out);
    }
}

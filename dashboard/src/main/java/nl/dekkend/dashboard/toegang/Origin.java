package nl.dekkend.dashboard.toegang;

/**
 * One cell of {@code vestiging_herkomst} as an account gets it: the pupils of one vestiging living in one wijk
 * ({@link #TOTAAL}: all its pupils; {@code buiten}: outside the region), with the vestiging's name, soort, wijk and
 * coordinates (null when unknown); null pupils when the privacy layer hides the cell.
 */
public record Origin(
        String periode,
        String vestiging,
        String vestigingNaam,
        String soort,
        String schoolWijk,
        Double latitude,
        Double longitude,
        String woonWijk,
        String woonWijkNaam,
        Integer leerlingen,
        boolean onderdrukt) {

    /** The woon_wijk of a vestiging's total. */
    public static final String TOTAAL = "totaal";

    Origin masked() {
        return new Origin(
                periode,
                vestiging,
                vestigingNaam,
                soort,
                schoolWijk,
                latitude,
                longitude,
                woonWijk,
                woonWijkNaam,
                null,
                true);
    }

    String cell() {
        return "H|" + periode + "|" + vestiging + "|" + woonWijk;
    }
}

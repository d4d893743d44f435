package nl.dekkend.dashboard.toegang;

/**
 * One leerlingstroom ({@code leerlingstromen}) as an account gets it: the pupils of one soort of school going from the
 * area of their home to the area of their school at one level ({@code buiten}: outside the region); null pupils when
 * the privacy layer hides the flow.
 */
public record Flow(
        String periode,
        String soort,
        String niveau,
        String vanGebied,
        String vanNaam,
        String naarGebied,
        String naarNaam,
        Integer leerlingen,
        boolean onderdrukt) {

    /** The code of an area outside the gebieden of the publication. */
    public static final String BUITEN = "buiten";

    Flow masked() {
        return new Flow(periode, soort, niveau, vanGebied, vanNaam, naarGebied, naarNaam, null, true);
    }

    /** The flow's place in its table: soort, level, from, to (one periode). */
    String cell() {
        return periode + "|" + soort + "|" + niveau + "|" + vanGebied + "|" + naarGebied;
    }
}

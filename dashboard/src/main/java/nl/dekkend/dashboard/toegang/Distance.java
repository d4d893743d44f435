package nl.dekkend.dashboard.toegang;

/**
 * One cell of {@code thuisnabij_afstanden} as an account gets it: the pupils of one soort of school living in one area
 * whose school lies in one distance class ({@link #TOTAAL}: all classes together, the pupils of that soort living
 * there); null pupils when the privacy layer hides the cell.
 */
public record Distance(
        String periode,
        String niveau,
        String gebied,
        String gebiedNaam,
        String soort,
        String afstandsklasse,
        int volgorde,
        Integer leerlingen,
        boolean onderdrukt) {

    /** The class of the total of an area and soort (volgorde 0). */
    public static final String TOTAAL = "totaal";

    Distance masked() {
        return new Distance(periode, niveau, gebied, gebiedNaam, soort, afstandsklasse, volgorde, null, true);
    }

    String cell() {
        return "A|" + periode + "|" + niveau + "|" + gebied + "|" + soort + "|" + afstandsklasse;
    }
}

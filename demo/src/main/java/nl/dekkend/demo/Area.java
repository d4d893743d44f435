package nl.dekkend.demo;

/**
 * One postcode-4 area of the fictional region, with the wijk, stadsdeel, gemeente and SWV it belongs to.
 *
 * @param weight relative number of resident pupils per birth cohort
 * @param referralFactor multiplier on the chance of a special placement (some wijken refer very few)
 * @param soFactor a further multiplier on the chance of an SO placement (1 in the demo region)
 * @param inMainSwv whether the area belongs to the SWV whose region it is
 */
record Area(
        String pc4,
        String gemeenteCode,
        String gemeenteNaam,
        String plaats,
        String swvCode,
        String wijkCode,
        String wijkNaam,
        String stadsdeelCode,
        String stadsdeelNaam,
        double latitude,
        double longitude,
        double weight,
        double referralFactor,
        double soFactor,
        boolean inMainSwv) {

    /** Bare 4-digit gemeente number, e.g. {@code 9901}. */
    String gemeenteNummer() {
        return gemeenteCode.substring(2);
    }
}

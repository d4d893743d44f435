package nl.dekkend.dashboard.toegang;

import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * One cell of {@code dekkend_matrix} (schooljaar × stadsdeel × ondersteuningsbehoefte) as an account gets it: for a
 * hidden cell every count is null and the gap sentence names no number.
 */
public record CoverageCell(
        String periode,
        String stadsdeelCode,
        String stadsdeelNaam,
        boolean isStadsdeel,
        String ondersteuningsbehoefte,
        BigDecimal capaciteit,
        BigDecimal bezetting,
        BigDecimal wachtlijst,
        BigDecimal vraag,
        BigDecimal tekort,
        String signalering,
        boolean onderdrukt) {

    /** The counts that are pupils or places. */
    Stream<BigDecimal> counts() {
        return Stream.of(capaciteit, bezetting, wachtlijst, vraag, tekort);
    }

    /** The level its area is at: a stadsdeel, or a gemeente without stadsdelen. */
    public String niveau() {
        return isStadsdeel ? "stadsdeel" : "gemeente";
    }

    CoverageCell masked() {
        String sentence = signalering == null
                ? null
                : signalering.replaceFirst("^Tekort van \\d+ plekk?e?n? ", "Tekort ") + " (aantal onderdrukt)";
        return new CoverageCell(
                periode,
                stadsdeelCode,
                stadsdeelNaam,
                isStadsdeel,
                ondersteuningsbehoefte,
                null,
                null,
                null,
                null,
                null,
                sentence,
                true);
    }

    CoverageCell exact() {
        return new CoverageCell(
                periode,
                stadsdeelCode,
                stadsdeelNaam,
                isStadsdeel,
                ondersteuningsbehoefte,
                capaciteit,
                bezetting,
                wachtlijst,
                vraag,
                tekort,
                signalering,
                false);
    }
}

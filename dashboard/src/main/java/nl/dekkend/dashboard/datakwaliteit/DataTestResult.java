package nl.dekkend.dashboard.datakwaliteit;

import nl.dekkend.dashboard.format.DutchFormat;

/**
 * One data test of the run ({@code data_test_results}). {@code voorbeeld} holds failing rows (pupil-level detail:
 * only the beheerder sees it, and every view is logged); every other view gets {@link #withoutVoorbeeld()}.
 */
public record DataTestResult(String model, String test, boolean geslaagd, long fouteRijen, String voorbeeld) {

    public DataTestResult withoutVoorbeeld() {
        return new DataTestResult(model, test, geslaagd, fouteRijen, null);
    }

    /** The number of failing rows, Dutch formatting ({@code 1.234}). */
    public String fouteRijenText() {
        return DutchFormat.count(fouteRijen);
    }
}

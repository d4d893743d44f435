package nl.dekkend.dashboard.datakwaliteit;

import nl.dekkend.dashboard.format.DutchFormat;

/** One data test of the run ({@code data_test_results}). */
public record DataTestResult(String model, String test, boolean geslaagd, long fouteRijen, String voorbeeld) {

    /** The number of failing rows, Dutch formatting ({@code 1.234}). */
    public String fouteRijenText() {
        return DutchFormat.count(fouteRijen);
    }
}

package nl.dekkend.dashboard.datakwaliteit;

/** One data test of the run ({@code data_test_results}). */
public record DataTestResult(String model, String test, boolean geslaagd, long fouteRijen, String voorbeeld) {
}

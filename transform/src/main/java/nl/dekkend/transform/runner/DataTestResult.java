package nl.dekkend.transform.runner;

/**
 * The outcome of one data test on one model; {@code voorbeeld} shows the code-like key values (never a
 * pupil key, date, postcode or free text) of a few failing rows, or null.
 */
public record DataTestResult(String model, String test, boolean geslaagd, long fouteRijen, String voorbeeld) {}

package nl.dekkend.transform.runner;

/** The outcome of one data test on one model; {@code voorbeeld} shows a few failing rows. */
public record DataTestResult(String model, String test, boolean geslaagd, long fouteRijen, String voorbeeld) {}

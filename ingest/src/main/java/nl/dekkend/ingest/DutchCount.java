package nl.dekkend.ingest;

import java.util.Locale;

/** A count as ingest's messages write it, with the Dutch thousands separator: {@code 9659} → {@code 9.659}. */
public final class DutchCount {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private DutchCount() {}

    public static String of(long n) {
        return String.format(DUTCH, "%,d", n);
    }
}

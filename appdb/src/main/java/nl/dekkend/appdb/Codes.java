package nl.dekkend.appdb;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises the area codes an account is bound to. */
public final class Codes {

    private static final Pattern GEMEENTE = Pattern.compile("(?:GM)?(\\d{1,4})");
    private static final Pattern BESTUUR = Pattern.compile("\\d{5}");

    private Codes() {}

    /** {@code 34}, {@code 0034}, {@code gm34} and {@code GM0034} all give {@code GM0034}. */
    public static String gemeente(String code) {
        String text = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        var match = GEMEENTE.matcher(text);
        if (!match.matches()) {
            throw new IllegalArgumentException(
                    "Ongeldige gemeentecode: '" + code + "' (verwacht een CBS-gemeentecode zoals GM0034 of 34).");
        }
        return "GM" + "0".repeat(4 - match.group(1).length()) + match.group(1);
    }

    /** A bevoegd-gezagnummer: five digits, e.g. {@code 41234}. */
    public static String bestuur(String nummer) {
        String text = nummer == null ? "" : nummer.strip();
        if (!BESTUUR.matcher(text).matches()) {
            throw new IllegalArgumentException("Ongeldig bestuursnummer: '" + nummer
                    + "' (verwacht een bevoegd-gezagnummer van vijf cijfers, zoals 41234).");
        }
        return text;
    }
}

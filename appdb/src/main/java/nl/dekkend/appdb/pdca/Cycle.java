package nl.dekkend.appdb.pdca;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One half-year PDCA cycle ({@code 2024-2025 H1}): open while the commissie works on it, then gesloten. */
public record Cycle(
        String code,
        String status,
        List<String> niveaus,
        Instant geopendOp,
        String geopendDoor,
        Instant geslotenOp,
        String geslotenDoor,
        String publicatie) {

    public static final String OPEN = "open";
    public static final String GESLOTEN = "gesloten";
    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{4}) H([12])");

    public Cycle {
        niveaus = List.copyOf(niveaus);
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** The schooljaar of the cycle: {@code 2024-2025} for {@code 2024-2025 H2}. */
    public String schooljaar() {
        return code.substring(0, 9);
    }

    /** Checks a cycle code such as {@code 2024-2025 H1}; a Dutch message when it is not one. */
    public static String validCode(String code) {
        String trimmed = code == null ? "" : code.strip();
        Matcher m = CODE.matcher(trimmed);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw Invalid.of("code", "Een cyclus heet naar schooljaar en helft, bijvoorbeeld 2024-2025 H1.");
        }
        return trimmed;
    }
}

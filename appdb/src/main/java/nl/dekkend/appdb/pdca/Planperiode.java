package nl.dekkend.appdb.pdca;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The years of one ondersteuningsplan (2022-2026), from its first to its last schooljaar (inclusive). A kalenderjaar
 * {@code 2024} (finance) falls in the planperiode of the schooljaar that starts in it, {@code 2024-2025}.
 */
public record Planperiode(String code, String eerstePeriode, String laatstePeriode) {

    private static final Pattern SCHOOLJAAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern KALENDERJAAR = Pattern.compile("\\d{4}");

    public Planperiode {
        Objects.requireNonNull(code, "code must not be null");
        int first = startYear(eerstePeriode);
        int last = startYear(laatstePeriode);
        if (last < first) {
            throw new IllegalArgumentException(
                    "laatste periode " + laatstePeriode + " lies before eerste periode " + eerstePeriode);
        }
    }

    /** Whether a schooljaar (2023-2024) or kalenderjaar (2023) lies in this planperiode. */
    public boolean covers(String periode) {
        int year = startYear(periode);
        return year >= startYear(eerstePeriode) && year <= startYear(laatstePeriode);
    }

    /** The year a schooljaar starts in, or the kalenderjaar itself. */
    static int startYear(String periode) {
        if (periode != null) {
            var schooljaar = SCHOOLJAAR.matcher(periode);
            if (schooljaar.matches()
                    && Integer.parseInt(schooljaar.group(2)) == Integer.parseInt(schooljaar.group(1)) + 1) {
                return Integer.parseInt(schooljaar.group(1));
            }
            if (KALENDERJAAR.matcher(periode).matches()) {
                return Integer.parseInt(periode);
            }
        }
        throw new IllegalArgumentException(
                "periode must be a schooljaar (2023-2024) or a year (2023), was '" + periode + "'");
    }
}

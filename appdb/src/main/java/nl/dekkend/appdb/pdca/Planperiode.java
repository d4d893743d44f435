package nl.dekkend.appdb.pdca;

import java.util.Objects;

/**
 * The years of one ondersteuningsplan (2022-2026), from its first to its last schooljaar (inclusive). A kalenderjaar
 * {@code 2024} (finance) falls in the planperiode of the schooljaar that starts in it, {@code 2024-2025}.
 */
public record Planperiode(String code, String eerstePeriode, String laatstePeriode) {

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

    /**
     * The year a schooljaar starts in, or the kalenderjaar itself. Read by hand, not by a regular expression: every
     * figure a page shows is judged against its norm, so this runs thousands of times per request.
     */
    static int startYear(String periode) {
        if (periode != null) {
            int first = year(periode, 0);
            if (periode.length() == 4 && first >= 0) {
                return first;
            }
            if (periode.length() == 9 && first >= 0 && periode.charAt(4) == '-' && year(periode, 5) == first + 1) {
                return first;
            }
        }
        throw new IllegalArgumentException(
                "periode must be a schooljaar (2023-2024) or a year (2023), was '" + periode + "'");
    }

    /** The four ASCII digits at {@code from} as a number, or -1. */
    private static int year(String text, int from) {
        if (text.length() < from + 4) {
            return -1;
        }
        int year = 0;
        for (int i = from; i < from + 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            year = year * 10 + (c - '0');
        }
        return year;
    }
}

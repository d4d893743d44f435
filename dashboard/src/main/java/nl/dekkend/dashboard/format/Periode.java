package nl.dekkend.dashboard.format;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of {@code kpi_values}: a schooljaar {@code 2013-2014} (counted on teldatum 1-10-2013) or a kalenderjaar
 * {@code 2018} (finance). Periods sort by their first year; in the same year the kalenderjaar comes before the
 * schooljaar that starts in its autumn.
 */
public record Periode(String code, int startJaar, boolean schooljaar) {

    private static final Pattern SCHOOLJAAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern KALENDERJAAR = Pattern.compile("\\d{4}");

    /** Orders period codes chronologically; codes that are no period sort last, alphabetically. */
    public static final Comparator<String> ORDER = Comparator.comparing(
                    (String code) -> parse(code).orElse(null),
                    Comparator.nullsLast(
                            Comparator.comparingInt(Periode::startJaar).thenComparing(Periode::schooljaar)))
            .thenComparing(Comparator.naturalOrder());

    public Periode {
        Objects.requireNonNull(code, "code must not be null");
    }

    /** The period, or empty when the text is neither {@code 2013-2014} (consecutive years) nor {@code 2018}. */
    public static Optional<Periode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.trim();
        Matcher school = SCHOOLJAAR.matcher(code);
        if (school.matches()) {
            int first = Integer.parseInt(school.group(1));
            return Integer.parseInt(school.group(2)) == first + 1
                    ? Optional.of(new Periode(code, first, true))
                    : Optional.empty();
        }
        return KALENDERJAAR.matcher(code).matches()
                ? Optional.of(new Periode(code, Integer.parseInt(code), false))
                : Optional.empty();
    }

    /** What a table or axis shows: {@code 2013-2014} or {@code 2018}. */
    public String label() {
        return code;
    }

    /** {@code schooljaar} or {@code kalenderjaar}. */
    public String soort() {
        return schooljaar ? "schooljaar" : "kalenderjaar";
    }

    /** In full: {@code schooljaar 2013-2014 (teldatum 1-10-2013)} or {@code kalenderjaar 2018}. */
    public String omschrijving() {
        return schooljaar ? "schooljaar " + code + " (teldatum 1-10-" + startJaar + ")" : "kalenderjaar " + code;
    }

    /** A Dutch column heading for a set of periods: Schooljaar, Kalenderjaar, or Periode when mixed. */
    public static String heading(Iterable<String> codes) {
        boolean school = false;
        boolean kalender = false;
        for (String code : codes) {
            Optional<Periode> p = parse(code);
            school |= p.map(Periode::schooljaar).orElse(false);
            kalender |= p.map(x -> !x.schooljaar()).orElse(false);
        }
        return school && !kalender ? "Schooljaar" : kalender && !school ? "Kalenderjaar" : "Periode";
    }
}

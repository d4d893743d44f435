package nl.dekkend.ingest.validate;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.dekkend.ingest.read.ValueException;

/** The code normalisations a contract column can ask for with {@code formaat}. */
final class Formats {

    private static final Pattern GEMEENTE = Pattern.compile("(?:GM)?(\\d{1,4})");
    private static final Pattern VESTIGING = Pattern.compile("\\d{2}[A-Z]{2}\\d{2}");
    private static final Pattern BRIN = Pattern.compile("\\d{2}[A-Z][A-Z0-9]");
    private static final Pattern SWV = Pattern.compile("(PO|VO)(\\d{4})");
    private static final Pattern SCHOOLJAAR = Pattern.compile("(\\d{4})[-/](\\d{4}|\\d{2})");
    private static final Pattern POSTCODE = Pattern.compile("(\\d{4})([A-Z]{2})?");

    private Formats() {}

    static String apply(String formaat, String value) throws ValueException {
        if (formaat == null) {
            return value;
        }
        String compact = value.replaceAll("[\\s\\u00A0]", "").toUpperCase(Locale.ROOT);
        switch (formaat) {
            case "gemeente_code" -> {
                var m = GEMEENTE.matcher(compact);
                if (!m.matches()) {
                    throw new ValueException("is geen geldige gemeentecode (verwacht GM0034, 0034 of 34)");
                }
                return "GM" + String.format(Locale.ROOT, "%04d", Integer.parseInt(m.group(1)));
            }
            case "vestiging" -> {
                if (!VESTIGING.matcher(compact).matches()) {
                    throw new ValueException(
                            "is geen geldige vestigingscode (verwacht BRIN + 2 cijfers, bijvoorbeeld 12AB00)");
                }
                return compact;
            }
            case "brin" -> {
                if (!BRIN.matcher(compact).matches()) {
                    throw new ValueException("is geen geldige BRIN-code (verwacht bijvoorbeeld 12AB)");
                }
                return compact;
            }
            case "brin_of_vestiging" -> {
                if (!BRIN.matcher(compact).matches()
                        && !VESTIGING.matcher(compact).matches()) {
                    throw new ValueException("is geen geldige BRIN- of vestigingscode (verwacht 12AB of 12AB00)");
                }
                return compact;
            }
            case "swv_code" -> {
                var m = SWV.matcher(compact.replace("-", "").replace(".", ""));
                if (!m.matches()) {
                    throw new ValueException("is geen geldige SWV-code (verwacht bijvoorbeeld PO3009)");
                }
                return m.group(1) + m.group(2);
            }
            case "postcode" -> {
                if (!POSTCODE.matcher(compact).matches()) {
                    throw new ValueException("is geen geldige postcode (verwacht 1234 AB of 1234)");
                }
                return compact;
            }
            case "schooljaar" -> {
                var m = SCHOOLJAAR.matcher(compact);
                if (!m.matches()) {
                    throw new ValueException("is geen geldig schooljaar (verwacht bijvoorbeeld 2023-2024)");
                }
                int start = Integer.parseInt(m.group(1));
                String end = m.group(2);
                int endYear = end.length() == 2 ? start / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
                if (endYear != start + 1) {
                    throw new ValueException("is geen geldig schooljaar (het tweede jaar moet op het eerste volgen)");
                }
                return start + "-" + endYear;
            }
            case "hoofdletters" -> {
                return value.strip().toUpperCase(Locale.ROOT);
            }
            default -> throw new IllegalStateException("unknown formaat in contract: " + formaat);
        }
    }
}

package nl.dekkend.ingest.validate;

import java.util.Map;

/**
 * The wijk of a home postcode, from the {@code gebieden} rows that name a postcode: an exact postcode-6
 * row wins over a postcode-4 row. Used at the door, so that only postcode-4 and the wijk are stored.
 */
public record PostcodeWijken(Map<String, String> byPostcode) {

    public static final PostcodeWijken NONE = new PostcodeWijken(Map.of());

    public PostcodeWijken {
        byPostcode = Map.copyOf(byPostcode);
    }

    /** @param postcode normalised, {@code 1324AB} or {@code 1324} */
    public String wijk(String postcode) {
        String exact = byPostcode.get(postcode);
        if (exact != null || postcode.length() <= 4) {
            return exact;
        }
        return byPostcode.get(postcode.substring(0, 4));
    }
}

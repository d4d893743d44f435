package nl.dekkend.appdb.pdca;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input a form or command must correct: per field a Dutch message. Nothing was written. */
public final class Invalid extends RuntimeException {

    private final Map<String, String> fouten;

    public Invalid(Map<String, String> fouten) {
        super(String.join(" ", fouten.values()));
        this.fouten = Collections.unmodifiableMap(new LinkedHashMap<>(fouten));
    }

    public static Invalid of(String veld, String melding) {
        return new Invalid(Map.of(veld, melding));
    }

    /** Field name → message, e.g. {@code reden → "Geef een reden voor de wijziging."}. */
    public Map<String, String> fouten() {
        return fouten;
    }

    static void throwIfAny(Map<String, String> fouten) {
        if (!fouten.isEmpty()) {
            throw new Invalid(fouten);
        }
    }
}

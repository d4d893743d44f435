package nl.dekkend.dashboard.pdca;

import java.util.HashMap;
import java.util.Map;

/** The Dutch messages of a form per field, every field present (empty when fine) for the strict templates. */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(Map<String, String> fouten, String... fields) {
        Map<String, String> all = new HashMap<>();
        for (String field : fields) {
            all.put(field, "");
        }
        all.putAll(fouten);
        return all;
    }
}

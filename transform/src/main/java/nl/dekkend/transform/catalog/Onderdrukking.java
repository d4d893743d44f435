package nl.dekkend.transform.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's privacy setting ({@code onderdrukking:} in {@code kpi_catalog.yml}): the threshold below which a
 * pupil count is hidden from roles that see suppressed figures, and the groups of indicators whose tellers split
 * one noemer. Published per indicator as {@code kpi_onderdrukking}; the dashboard applies it.
 */
public record Onderdrukking(
        @JsonProperty(value = "drempel", required = true) int drempel,
        @JsonProperty("delen_van_een_geheel") Map<String, List<String>> delenVanEenGeheel) {

    public Onderdrukking {
        if (drempel < 2) {
            throw new IllegalArgumentException("onderdrukking.drempel must be at least 2, was " + drempel);
        }
        delenVanEenGeheel = delenVanEenGeheel == null ? Map.of() : Map.copyOf(delenVanEenGeheel);
        Map<String, String> seen = new HashMap<>();
        delenVanEenGeheel.forEach((geheel, ids) -> ids.forEach(id -> {
            String other = seen.put(id, geheel);
            if (other != null) {
                throw new IllegalArgumentException(
                        "indicator " + id + " is in two groups of delen_van_een_geheel: " + other + ", " + geheel);
            }
        }));
    }

    /** The group whose tellers split one noemer that the indicator belongs to, if any. */
    public Optional<String> geheel(String indicator) {
        return delenVanEenGeheel.entrySet().stream()
                .filter(e -> e.getValue().contains(indicator))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}

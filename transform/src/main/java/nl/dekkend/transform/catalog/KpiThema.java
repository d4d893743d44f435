package nl.dekkend.transform.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A theme of the dashboard ({@code themas:} in {@code kpi_catalog.yml}): its Dutch title, its place in the
 * navigation, the question its page answers, the indicators the page shows (in order) and the headline ones the
 * overview shows. Published as {@code kpi_themas}.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record KpiThema(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "titel", required = true) String titel,
        @JsonProperty(value = "volgorde", required = true) int volgorde,
        @JsonProperty(value = "intro", required = true) String intro,

        @JsonProperty(value = "indicatoren", required = true)
        List<String> indicatoren,

        @JsonProperty(value = "kern", required = true) List<String> kern) {

    public KpiThema {
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("thema id must be snake_case, was '" + id + "'");
        }
        if (titel.isBlank() || intro.isBlank()) {
            throw new IllegalArgumentException("thema " + id + ": titel and intro must not be empty");
        }
        if (indicatoren.isEmpty()) {
            throw new IllegalArgumentException("thema " + id + ": indicatoren is empty");
        }
        if (!indicatoren.containsAll(kern)) {
            throw new IllegalArgumentException(
                    "thema " + id + ": kern " + kern + " names indicators its page does not show " + indicatoren);
        }
        indicatoren = List.copyOf(indicatoren);
        kern = List.copyOf(kern);
        intro = intro.strip();
    }
}

package nl.dekkend.transform.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;

/** One entry of the indicator catalog ({@code models/kpis/kpi_catalog.yml}). */
@JsonIgnoreProperties(ignoreUnknown = false)
public record KpiDefinition(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "naam", required = true) String naam,
        @JsonProperty(value = "definitie", required = true) String definitie,
        @JsonProperty(value = "eenheid", required = true) String eenheid,
        @JsonProperty(value = "decimalen", required = true) int decimalen,
        @JsonProperty("richting") String richting,
        @JsonProperty(value = "thema", required = true) String thema,
        @JsonProperty(value = "niveaus", required = true) List<String> niveaus,
        @JsonProperty(value = "bronnen", required = true) List<String> bronnen,
        @JsonProperty(value = "model", required = true) String model,

        @JsonProperty(value = "onderdruk_klein", required = true)
        boolean onderdrukKlein,

        @JsonProperty("normen") List<KpiNorm> normen) {

    static final Set<String> UNITS = Set.of("%", "leerlingen", "aantal", "€", "dagen", "jaar", "km", "per 100");
    static final Set<String> DIRECTIONS = Set.of("lager_beter", "hoger_beter", "binnen_band");

    public KpiDefinition {
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("indicator id must be snake_case, was '" + id + "'");
        }
        if (!UNITS.contains(eenheid)) {
            throw new IllegalArgumentException(id + ": unknown eenheid '" + eenheid + "', expected one of " + UNITS);
        }
        if (richting != null && !DIRECTIONS.contains(richting)) {
            throw new IllegalArgumentException(id + ": unknown richting '" + richting + "'");
        }
        if (niveaus.isEmpty()) {
            throw new IllegalArgumentException(id + ": niveaus is empty");
        }
        if (!model.startsWith("kpi_")) {
            throw new IllegalArgumentException(id + ": model must name a kpi_*.sql file, was '" + model + "'");
        }
        normen = normen == null ? List.of() : List.copyOf(normen);
        if (!normen.isEmpty() && richting == null) {
            throw new IllegalArgumentException(id + ": a norm needs a richting");
        }
        niveaus = List.copyOf(niveaus);
        bronnen = List.copyOf(bronnen);
    }
}

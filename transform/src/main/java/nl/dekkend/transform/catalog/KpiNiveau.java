package nl.dekkend.transform.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A level of the figures ({@code niveaus:} in {@code kpi_catalog.yml}) with its Dutch name; published as {@code kpi_niveaus}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record KpiNiveau(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "naam", required = true) String naam) {}

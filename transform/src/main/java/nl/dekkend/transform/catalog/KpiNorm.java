package nl.dekkend.transform.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A norm for one planperiode. {@code norm} is where groen ends; {@code grens} where oranje ends (rood
 * beyond). For {@code binnen_band}, {@code norm} and {@code grens} are the lower and upper bound of groen.
 * {@code plan} names the plan (or rule) that states the norm: a default norm is never invented.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record KpiNorm(
        @JsonProperty(value = "planperiode", required = true)
        String planperiode,

        @JsonProperty(value = "plan", required = true) String plan,

        @JsonProperty(value = "eerste_periode", required = true)
        String eerstePeriode,

        @JsonProperty(value = "laatste_periode", required = true)
        String laatstePeriode,

        @JsonProperty(value = "norm", required = true) BigDecimal norm,
        @JsonProperty("grens") BigDecimal grens) {

    public KpiNorm {
        if (plan == null || plan.isBlank()) {
            throw new IllegalArgumentException(
                    "planperiode " + planperiode + ": plan is empty; name the plan that" + " states the norm");
        }
        if (eerstePeriode.compareTo(laatstePeriode) > 0) {
            throw new IllegalArgumentException("planperiode " + planperiode + ": eerste_periode " + eerstePeriode
                    + " after laatste_periode " + laatstePeriode);
        }
    }
}

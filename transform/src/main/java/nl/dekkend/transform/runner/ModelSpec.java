package nl.dekkend.transform.runner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A model's sibling yml: the grain, its upstream models within the same layer, column descriptions and
 * data tests. The yml descriptions are the data dictionary.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ModelSpec(
        @JsonProperty(value = "grain", required = true) String grain,
        @JsonProperty("description") String description,
        @JsonProperty("depends_on") List<String> dependsOn,
        @JsonProperty("columns") List<Column> columns,
        @JsonProperty("tests") List<Map<String, Object>> tests) {

    public ModelSpec {
        if (grain == null || grain.isBlank()) {
            throw new IllegalArgumentException("a model yml must state its grain");
        }
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        columns = columns == null ? List.of() : List.copyOf(columns);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /** One documented column and its tests: {@code not_null}, {@code unique}, {@code accepted_values}. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Column(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty("description") String description,
            @JsonProperty("tests") List<Object> tests) {

        public Column {
            tests = tests == null ? List.of() : List.copyOf(tests);
        }
    }
}

package nl.dekkend.transform.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The runner starts a model as soon as the models of its layer it declares in {@code depends_on} are done,
 * so a model that reads another model of its own layer without declaring it races it (and fails only now
 * and then, in whichever order the threads happen to run). Each model's declared dependencies must be
 * exactly the models of its layer its SQL names.
 */
class ModelDependenciesTest {

    @Test
    void everyModelDeclaresTheModelsOfItsLayerItReads() {
        ModelRepository repository = ModelRepository.onClasspath();
        for (Layer layer : Layer.values()) {
            List<ModelFile> models = repository.layer(layer);
            Set<String> names = models.stream().map(ModelFile::name).collect(Collectors.toSet());
            for (ModelFile model : models) {
                String sql = withoutComments(model.sql());
                Set<String> read = names.stream()
                        .filter(name -> !name.equals(model.name()))
                        .filter(name -> Pattern.compile("\\b" + name + "\\b")
                                .matcher(sql)
                                .find())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(new TreeSet<>(model.spec().dependsOn()))
                        .as("depends_on of %s (%s)", model.name(), layer)
                        .isEqualTo(read);
            }
        }
    }

    @Test
    void aSelectionHoldsTheNamedModelsAndEveryModelTheyReadButKpiRowsOnlyTheSelectedKpis() {
        ModelRepository deelname = ModelRepository.onClasspath().selecting(List.of("kpi_deelname"));
        Set<String> held = new TreeSet<>();
        for (Layer layer : Layer.values()) {
            deelname.layer(layer).forEach(m -> held.add(m.name()));
        }
        // kpi_deelname reads fct_leerlingtelling_swv; its tests check keys against dim_gebied and dim_periode,
        // and so on upstream (read off the SQL and yml files by hand)
        assertThat(held)
                .containsExactlyInAnyOrder(
                        "kpi_deelname",
                        "fct_leerlingtelling_swv",
                        "fct_leerlingtelling_vestiging",
                        "fct_inschrijving",
                        "dim_gebied",
                        "dim_gebied_niveau",
                        "dim_periode",
                        "dim_vestiging",
                        "int_swv__eigen_bepaald",
                        "stg_duo__leerlingen_swv",
                        "stg_duo__leerlingen_vestiging",
                        "stg_duo__vestigingen_bo",
                        "stg_gebieden__gebieden",
                        "stg_gebieden__swv_codes",
                        "stg_inschrijvingen__inschrijvingen",
                        "stg_scholen__vestigingen");
        assertThat(deelname.functions()).isEqualTo(ModelRepository.onClasspath().functions());
        assertThat(deelname.model("fct_leerlingtelling_swv").layer()).isEqualTo(Layer.MARTS);
        assertThatThrownBy(() -> deelname.model("kpi_thuisnabij"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the selection");

        // kpi_values reads kpi_rows, the union of the kpi models: selected alone, it brings none of them
        ModelRepository values = ModelRepository.onClasspath().selecting(List.of("kpi_values"));
        assertThat(values.layer(Layer.SERVING)).extracting(ModelFile::name).containsExactly("kpi_values");
        assertThat(values.layer(Layer.KPIS)).isEmpty();

        assertThatThrownBy(() -> ModelRepository.onClasspath().selecting(List.of("kpi_bestaat_niet")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kpi_bestaat_niet");
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\n]*", "");
    }
}

package nl.dekkend.transform.runner;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\n]*", "");
    }
}

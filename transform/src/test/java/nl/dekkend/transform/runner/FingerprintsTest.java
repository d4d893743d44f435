package nl.dekkend.transform.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.dekkend.transform.TestSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** What a model's fingerprint changes with (no Spark job: the fingerprints are hashes of text and digests). */
class FingerprintsTest {

    private static final ModelSpec SPEC = new ModelSpec("one row", null, null, null, null);

    private final SparkSession spark = TestSpark.session();

    private static ModelFile model(String name, Layer layer, String sql) {
        return new ModelFile(name, layer, sql, SPEC);
    }

    private final List<ModelFile> models = List.of(
            model("stg_a", Layer.STAGING, "select n from raw_a"),
            model("stg_b", Layer.STAGING, "select m from raw_b"),
            model("stg_lot", Layer.STAGING, "select n, rand() as lot from raw_a"),
            model("stg_vandaag", Layer.STAGING, "select n, current_date as dag from raw_a"),
            model("fct_a", Layer.MARTS, "select sum(n) as n from stg_a"),
            model("fct_lot", Layer.MARTS, "select count(*) as n from stg_lot"));

    private Map<String, String> fingerprints(Map<String, String> inputs) {
        return ModelStore.fingerprints(spark, models, ModelRunner.upstream(models), List.of(), inputs);
    }

    @Test
    void changesWithTheInputsAModelReadsAndWithVolatileFunctionsOnly() {
        Map<String, String> first = fingerprints(Map.of("raw_a", "a1", "raw_b", "b1"));
        Map<String, String> same = fingerprints(Map.of("raw_a", "a1", "raw_b", "b1"));
        Map<String, String> newB = fingerprints(Map.of("raw_a", "a1", "raw_b", "b2"));

        // rand() gives other rows every run: never the same fingerprint, nor for what reads it
        assertThat(same).containsEntry("stg_a", first.get("stg_a"));
        assertThat(same).containsEntry("fct_a", first.get("fct_a"));
        assertThat(same).containsEntry("stg_vandaag", first.get("stg_vandaag"));
        assertThat(same.get("stg_lot")).isNotEqualTo(first.get("stg_lot"));
        assertThat(same.get("fct_lot")).isNotEqualTo(first.get("fct_lot"));
        assertThat(ModelStore.isVolatile(models.get(2))).isTrue();
        assertThat(ModelStore.isVolatile(models.get(3))).isFalse();

        // a new raw_b changes stg_b only
        assertThat(newB.get("stg_b")).isNotEqualTo(first.get("stg_b"));
        assertThat(newB).containsEntry("stg_a", first.get("stg_a"));
        assertThat(newB).containsEntry("fct_a", first.get("fct_a"));
    }
}

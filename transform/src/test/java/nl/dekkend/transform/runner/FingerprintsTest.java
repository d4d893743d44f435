package nl.dekkend.transform.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import nl.dekkend.transform.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * What a model's fingerprint changes with, and the content digest of rows that the models reading them are keyed
 * on (the fingerprints are hashes of text and digests, no Spark job; the row digests are small queries).
 */
class FingerprintsTest {

    private static final ModelSpec SPEC = new ModelSpec("one row", null, null, null, null);

    private final SparkSession spark = TestSpark.session();

    private static ModelFile model(String name, Layer layer, String sql) {
        return new ModelFile(name, layer, sql, SPEC);
    }

    private final ModelFile stgA = model("stg_a", Layer.STAGING, "select n from raw_a");
    private final ModelFile stgB = model("stg_b", Layer.STAGING, "select m from raw_b");
    private final ModelFile stgLot = model("stg_lot", Layer.STAGING, "select n, rand() as lot from raw_a");
    private final ModelFile stgVandaag =
            model("stg_vandaag", Layer.STAGING, "select n, current_date as dag from raw_a");
    private final ModelFile fctA = model("fct_a", Layer.MARTS, "select sum(n) as n from stg_a");

    @Test
    void changesWithTheInputsAModelReadsAndTheContentOfTheModelsItReads() {
        ModelStore.Fingerprinter first =
                new ModelStore.Fingerprinter(spark, List.of(), Map.of("raw_a", "a1", "raw_b", "b1"));
        ModelStore.Fingerprinter same =
                new ModelStore.Fingerprinter(spark, List.of(), Map.of("raw_a", "a1", "raw_b", "b1"));
        ModelStore.Fingerprinter newB =
                new ModelStore.Fingerprinter(spark, List.of(), Map.of("raw_a", "a1", "raw_b", "b2"));

        assertThat(same.of(stgA, Map.of())).isEqualTo(first.of(stgA, Map.of()));
        assertThat(same.of(stgVandaag, Map.of())).isEqualTo(first.of(stgVandaag, Map.of()));
        // rand() gives other rows every run: never reused (what reads it is keyed on the rows it gave)
        assertThat(ModelStore.isVolatile(stgLot)).isTrue();
        assertThat(ModelStore.isVolatile(stgVandaag)).isFalse();

        // a new raw_b changes stg_b only
        assertThat(newB.of(stgB, Map.of())).isNotEqualTo(first.of(stgB, Map.of()));
        assertThat(newB.of(stgA, Map.of())).isEqualTo(first.of(stgA, Map.of()));

        // a model is keyed on the content of the rows it reads, not on how they were computed
        assertThat(newB.of(fctA, Map.of("stg_a", "c1"))).isEqualTo(first.of(fctA, Map.of("stg_a", "c1")));
        assertThat(first.of(fctA, Map.of("stg_a", "c2"))).isNotEqualTo(first.of(fctA, Map.of("stg_a", "c1")));
        assertThat(ModelStore.Fingerprinter.kpiRows(Map.of("kpi_a", "c1", "kpi_b", "c2")))
                .isEqualTo(ModelStore.Fingerprinter.kpiRows(Map.of("kpi_b", "c2", "kpi_a", "c1")))
                .isNotEqualTo(ModelStore.Fingerprinter.kpiRows(Map.of("kpi_a", "c2", "kpi_b", "c1")));
    }

    private Dataset<Row> xy(String x, String y) {
        StructType schema =
                new StructType().add("x", DataTypes.StringType, true).add("y", DataTypes.StringType, true);
        return spark.createDataFrame(List.of(RowFactory.create(x, y)), schema);
    }

    @Test
    void rowDigestTellsNullsApartAndIgnoresRowOrder() {
        // one schema, both columns nullable: only the values differ
        String aNull = RowDigest.of(xy("a", null));
        String nullA = RowDigest.of(xy(null, "a"));
        assertThat(aNull).isNotEqualTo(nullA);
        assertThat(RowDigest.of(xy("a", null))).isEqualTo(aNull);
        // the empty string is not null
        assertThat(RowDigest.of(xy("a", ""))).isNotEqualTo(aNull);
        // whether a column may hold nulls is not content (the store reads every column back as nullable)
        assertThat(RowDigest.of(spark.sql("select 'a' as x, 'b' as y"))).isEqualTo(RowDigest.of(xy("a", "b")));

        String ordered = RowDigest.of(spark.sql("select * from values (1, 'p'), (2, 'q'), (2, 'q') as t(n, s)"));
        String reversed = RowDigest.of(spark.sql("select * from values (2, 'q'), (1, 'p'), (2, 'q') as t(n, s)")
                .repartition(3));
        assertThat(reversed).isEqualTo(ordered);
        // a duplicate row counts, and so does the schema
        assertThat(RowDigest.of(spark.sql("select * from values (1, 'p'), (2, 'q') as t(n, s)")))
                .isNotEqualTo(ordered);
        assertThat(RowDigest.of(spark.sql("select * from values (1, 'p'), (2, 'q'), (2, 'q') as t(n, t)")))
                .isNotEqualTo(ordered);
        // the digest observed on the pass that computes the rows, beside a data test that joins and one that counts
        // a key's rows, is the same as the one queried
        spark.sql("select * from values (1), (2) as t(n)").createOrReplaceTempView("fp_parent");
        spark.sql("select * from values (2, 'q'), (1, 'p'), (2, 'q') as t(n, s)")
                .createOrReplaceTempView("fp_rows_input");
        ModelSpec spec = new ModelSpec(
                "a row per n and s",
                null,
                null,
                List.of(new ModelSpec.Column(
                        "n",
                        null,
                        List.of("unique", Map.of("relationships", Map.of("to", "fp_parent", "field", "n"))))),
                null);
        ModelFile model = new ModelFile("fp_rows", Layer.MARTS, "select * from fp_rows_input", spec);
        Dataset<Row> rows = spark.sql(model.sql());
        DataTests.Checked checked =
                new DataTests(spark).attach(model, rows, RowDigest.columns(rows.schema()), RowDigest.metrics());
        checked.checkpointed().createOrReplaceTempView("fp_rows");
        assertThat(spark.table("fp_rows").columns()).containsExactly("n", "s");
        assertThat(RowDigest.digest(rows.schema(), checked.extra())).isEqualTo(ordered);
        assertThat(checked.results())
                .extracting(DataTestResult::test, DataTestResult::geslaagd)
                .containsExactly(tuple("unique(n)", false), tuple("relationships(n -> fp_parent.n)", true));
    }
}

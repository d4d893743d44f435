package nl.dekkend.transform.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class DataTestsTest {

    private final SparkSession spark = SparkSessions.forTests();

    @Test
    void reportsEveryFailingTestWithItsCountAndExamples() {
        spark.sql("select * from values ('A', 1), ('A', 2), ('B', null), ('C', -4) as t(code, n)")
                .createOrReplaceTempView("dt_model");
        spark.sql("select * from values ('A'), ('B') as t(code)").createOrReplaceTempView("dt_parent");
        ModelSpec spec = new ModelSpec(
                "one row per code",
                null,
                null,
                List.of(
                        new ModelSpec.Column(
                                "code",
                                null,
                                List.of("unique", Map.of("relationships", Map.of("to", "dt_parent", "field", "code")))),
                        new ModelSpec.Column("n", null, List.of("not_null"))),
                List.of(Map.of("expression", "n >= 0"), Map.of("unique", List.of("code", "n"))));

        List<DataTestResult> results =
                new DataTests(spark).run(new ModelFile("dt_model", Layer.MARTS, "select 1", spec));

        assertThat(results)
                .extracting(DataTestResult::test, DataTestResult::geslaagd, DataTestResult::fouteRijen)
                .containsExactly(
                        tuple("unique(code)", false, 1L),
                        tuple("relationships(code -> dt_parent.code)", false, 1L),
                        tuple("not_null(n)", false, 1L),
                        tuple("n >= 0", false, 2L),
                        tuple("unique(code, n)", true, 0L));
        assertThat(results.get(1).voorbeeld()).isEqualTo("[C,-4]");
        assertThat(results.get(4).voorbeeld()).isNull();
    }
}

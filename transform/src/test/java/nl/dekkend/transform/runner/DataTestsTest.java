package nl.dekkend.transform.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class DataTestsTest {

    private final SparkSession spark = SparkSessions.forTests();

    @Test
    void reportsEveryFailingTestWithItsCountAndExamples() {
        spark.sql("select * from values ('A', 1), ('A', 2), ('B', null), ('C', -4) as t(code, n)")
                .createOrReplaceTempView("dt_model_rows");
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

        List<DataTestResult> results = new ModelRunner(spark, 1)
                .materialise(new ModelFile("dt_model", Layer.MARTS, "select * from dt_model_rows", spec));

        assertThat(results)
                .extracting(DataTestResult::test, DataTestResult::geslaagd, DataTestResult::fouteRijen)
                .containsExactly(
                        tuple("unique(code)", false, 1L),
                        tuple("relationships(code -> dt_parent.code)", false, 1L),
                        tuple("not_null(n)", false, 1L),
                        tuple("n >= 0", false, 2L),
                        tuple("unique(code, n)", true, 0L));
        // n is not a code column: the example names the code only
        assertThat(results.get(1).voorbeeld()).isEqualTo("code=C");
        assertThat(results.get(4).voorbeeld()).isNull();
        // the kept view holds the model's rows and columns, none of the checks' helper columns
        assertThat(spark.table("dt_model").columns()).containsExactly("code", "n");
        assertThat(spark.table("dt_model").orderBy("code", "n").collectAsList())
                .extracting(Row::toString)
                .containsExactly("[A,1]", "[A,2]", "[B,null]", "[C,-4]");
    }

    @Test
    void examplesOfAFailingPupilLevelTestShowCodesOnlyNeverAPupilKeyDatePostcodeOrFreeText() {
        spark.sql("select * from values"
                        + " ('a1b2c3', date'2015-03-01', '5611', 'verhuisd naar Utrecht', '2023-2024', 'PO9901', 7),"
                        + " ('d4e5f6', date'2016-04-02', '5612', 'ziek', '2023-2024', 'PO9901', 7),"
                        + " ('0718aa', date'2017-05-03', '5613', null, '2024-2025', 'PO9901', 1)"
                        + " as t(leerling_id, geboortedatum, postcode4, reden, schooljaar, swv_code, leeftijd)")
                .createOrReplaceTempView("dt_pupils_rows");
        ModelSpec spec = new ModelSpec(
                "one row per pupil",
                null,
                null,
                List.of(new ModelSpec.Column("leerling_id", null, List.of("unique"))),
                List.of(Map.of("expression", "leeftijd >= 4"), Map.of("unique", List.of("schooljaar"))));

        List<DataTestResult> results = new ModelRunner(spark, 1)
                .materialise(new ModelFile("dt_pupils", Layer.MARTS, "select * from dt_pupils_rows", spec));

        assertThat(results)
                .extracting(DataTestResult::test, DataTestResult::geslaagd, DataTestResult::fouteRijen)
                .containsExactly(
                        tuple("unique(leerling_id)", true, 0L),
                        tuple("leeftijd >= 4", false, 1L),
                        tuple("unique(schooljaar)", false, 1L));
        assertThat(results.get(1).voorbeeld()).isEqualTo("schooljaar=2024-2025, swv_code=PO9901");
        assertThat(results.get(2).voorbeeld()).isEqualTo("schooljaar=2023-2024");
        assertThat(results)
                .extracting(DataTestResult::voorbeeld)
                .allSatisfy(v -> assertThat(String.valueOf(v))
                        .doesNotContain(
                                "a1b2c3", "d4e5f6", "0718aa", "2015", "2016", "2017-05", "561", "Utrecht", "ziek"));
    }

    @Test
    void aFailingUniqueKeyOfPupilsGivesACountAndNoExample() {
        spark.sql(
                        "select * from values ('a1b2c3', date'2015-03-01'), ('a1b2c3', date'2016-04-02') as t(leerling_id, d)")
                .createOrReplaceTempView("dt_pupil_keys_rows");
        ModelSpec spec = new ModelSpec(
                "one row per pupil",
                null,
                null,
                List.of(new ModelSpec.Column("leerling_id", null, List.of("unique", "not_null"))),
                null);

        List<DataTestResult> results = new ModelRunner(spark, 1)
                .materialise(new ModelFile("dt_pupil_keys", Layer.MARTS, "select * from dt_pupil_keys_rows", spec));

        assertThat(results)
                .extracting(
                        DataTestResult::test,
                        DataTestResult::geslaagd,
                        DataTestResult::fouteRijen,
                        DataTestResult::voorbeeld)
                .containsExactly(
                        tuple("unique(leerling_id)", false, 1L, null), tuple("not_null(leerling_id)", true, 0L, null));
    }

    @Test
    void theTestsCountOnThePassThatKeepsTheRowsAndLeaveTheRowsAsTheyAre() {
        spark.sql("select * from values ('A', 1), ('B', 2), ('B', 2), (null, 3) as t(code, n)")
                .createOrReplaceTempView("dt_kept_rows");
        spark.sql("select * from values ('A'), ('B') as t(code)").createOrReplaceTempView("dt_kept_parent");
        ModelSpec spec = new ModelSpec(
                "one row per code",
                null,
                null,
                List.of(new ModelSpec.Column(
                        "code",
                        null,
                        List.of(
                                "unique",
                                "not_null",
                                Map.of("relationships", Map.of("to", "dt_kept_parent", "field", "code"))))),
                List.of(Map.of("unique", List.of("code", "n")), Map.of("expression", "n < 3")));

        List<DataTestResult> results = new ModelRunner(spark, 1)
                .materialise(new ModelFile("dt_kept", Layer.MARTS, "select * from dt_kept_rows", spec));

        assertThat(results)
                .extracting(DataTestResult::test, DataTestResult::geslaagd, DataTestResult::fouteRijen)
                .containsExactly(
                        tuple("unique(code)", false, 1L),
                        tuple("not_null(code)", false, 1L),
                        tuple("relationships(code -> dt_kept_parent.code)", true, 0L),
                        tuple("unique(code, n)", false, 1L),
                        tuple("n < 3", false, 1L));
        assertThat(spark.table("dt_kept").columns()).containsExactly("code", "n");
        assertThat(spark.table("dt_kept").orderBy("code", "n").collectAsList())
                .extracting(Object::toString)
                .containsExactly("[null,3]", "[A,1]", "[B,2]", "[B,2]");
    }

    @Test
    void anEmptyModelPassesItsTests() {
        ModelSpec spec = new ModelSpec(
                "one row per code",
                null,
                null,
                List.of(new ModelSpec.Column("code", null, List.of("unique", "not_null"))),
                List.of(Map.of("expression", "n > 0")));

        List<DataTestResult> results = new ModelRunner(spark, 1)
                .materialise(new ModelFile(
                        "dt_empty", Layer.MARTS, "select * from values ('A', 1) as t(code, n) where n > 1", spec));

        assertThat(results)
                .extracting(DataTestResult::test, DataTestResult::geslaagd)
                .containsExactly(tuple("unique(code)", true), tuple("not_null(code)", true), tuple("n > 0", true));
        assertThat(spark.table("dt_empty").count()).isZero();
    }

    @Test
    void anExpressionTestMayCallASqlFunction() {
        spark.sql("create or replace temporary function dt_twice(x int) returns int return x * 2");
        ModelSpec spec = new ModelSpec(
                "one row per code", null, null, List.of(), List.of(Map.of("expression", "dt_twice(n) < 5")));

        List<DataTestResult> results = new ModelRunner(spark, 1)
                .materialise(new ModelFile(
                        "dt_function", Layer.MARTS, "select * from values ('A', 1), ('B', 3) as t(code, n)", spec));

        assertThat(results)
                .extracting(DataTestResult::test, DataTestResult::geslaagd, DataTestResult::fouteRijen)
                .containsExactly(tuple("dt_twice(n) < 5", false, 1L));
    }

    @Test
    void aKeyIntoTheModelItselfIsCheckedOnTheKeptRows() {
        ModelSpec spec = new ModelSpec(
                "one row per code",
                null,
                null,
                List.of(new ModelSpec.Column(
                        "vorige", null, List.of(Map.of("relationships", Map.of("to", "dt_self", "field", "code"))))),
                List.of(Map.of("expression", "code <> 'D'")));

        List<DataTestResult> results = new ModelRunner(spark, 1)
                .materialise(new ModelFile(
                        "dt_self",
                        Layer.MARTS,
                        "select * from values ('A', null), ('B', 'A'), ('C', 'X') as t(code, vorige)",
                        spec));

        assertThat(results)
                .extracting(DataTestResult::test, DataTestResult::geslaagd, DataTestResult::fouteRijen)
                .containsExactly(
                        tuple("relationships(vorige -> dt_self.code)", false, 1L), tuple("code <> 'D'", true, 0L));
        assertThat(results.get(0).voorbeeld()).isEqualTo("code=C");
    }
}

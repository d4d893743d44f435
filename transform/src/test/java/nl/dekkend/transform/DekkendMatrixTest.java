package nl.dekkend.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import nl.dekkend.transform.runner.ModelRepository;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The serving model {@code dekkend_matrix} on the cells of the dekkend_plekken fixture: the split of demand,
 * the gap, and the gap named in Dutch (hand-computed: Noord has 14 gedrag places against 14 placed + 6
 * waiting).
 */
class DekkendMatrixTest {

    static List<Row> rows;

    @BeforeAll
    static void runOnFixture() throws Exception {
        SparkSession spark = TestSpark.session();
        Path dir = Path.of(DekkendMatrixTest.class
                .getResource("/dekkend_matrix/tekort_genoemd")
                .toURI());
        for (String table : List.of("kpi_dekkend_plekken", "fct_voorziening_capaciteit")) {
            spark.read()
                    .option("header", true)
                    .option("inferSchema", true)
                    .csv(dir.resolve("given_" + table + ".csv").toString())
                    .createOrReplaceTempView(table);
        }
        rows = spark.sql(ModelRepository.onClasspath().model("dekkend_matrix").sql())
                .orderBy("stadsdeel_code", "ondersteuningsbehoefte")
                .collectAsList();
    }

    private static Row cell(String stadsdeel, String behoefte) {
        return rows.stream()
                .filter(r -> r.getAs("stadsdeel_code").equals(stadsdeel)
                        && r.getAs("ondersteuningsbehoefte").equals(behoefte))
                .findFirst()
                .orElseThrow();
    }

    private static String number(Row row, String column) {
        return row.<BigDecimal>getAs(column).stripTrailingZeros().toPlainString();
    }

    @Test
    void hasOneCellPerStadsdeelAndBehoefte() {
        assertThat(rows).hasSize(9);
    }

    @Test
    void namesTheGapWithItsSizeBehoefteAndStadsdeel() {
        Row noord = cell("SD9901B", "gedrag");
        assertThat(List.of(
                        number(noord, "capaciteit"),
                        number(noord, "bezetting"),
                        number(noord, "wachtlijst"),
                        number(noord, "vraag"),
                        number(noord, "tekort")))
                .containsExactly("14", "14", "6", "20", "6");
        assertThat(noord.<String>getAs("signalering")).isEqualTo("Tekort van 6 plekken voor gedrag in stadsdeel Noord");
        assertThat(noord.<String>getAs("swv_code")).isEqualTo("PO9901");
        assertThat(noord.<Boolean>getAs("onderdrukt")).isFalse();
    }

    @Test
    void usesTheLatestPeildatumAndTheSingularForOnePlace() {
        Row oost = cell("SD9901C", "taal_spraak");
        assertThat(number(oost, "wachtlijst")).isEqualTo("1");
        assertThat(oost.<String>getAs("signalering"))
                .isEqualTo("Tekort van 1 plek voor taal en spraak in stadsdeel Oost");
    }

    @Test
    void namesNoGapWhereCapacitySufficesAndSuppressesSmallCells() {
        assertThat(rows.stream().filter(r -> r.getAs("signalering") != null).map(r -> r.getAs("stadsdeel_code")))
                .containsExactlyInAnyOrder("SD9901B", "SD9901C");
        Row oosterbroek = cell("GM9902", "leren");
        assertThat(oosterbroek)
                .extracting(r -> r.getAs("is_stadsdeel"), r -> number(r, "tekort"), r -> r.getAs("onderdrukt"))
                .containsExactly(false, "0", true);
        assertThat(List.of(cell("SD9901B", "taal_spraak")))
                .extracting(r -> number(r, "capaciteit"), r -> number(r, "vraag"), r -> r.getAs("signalering"))
                .containsExactly(tuple("0", "0", null));
    }
}

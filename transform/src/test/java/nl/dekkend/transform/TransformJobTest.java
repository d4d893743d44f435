package nl.dekkend.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.dekkend.transform.bronze.BronzeSources;
import nl.dekkend.transform.runner.ModelRepository;
import nl.dekkend.transform.runner.ModelRunner;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transform job on a small bronze lake: DOMAIN.md's worked example, superseding, a missing source, and a
 * second run over the same bronze that reuses every stored model. It runs the models these need and everything
 * they read ({@link ModelRepository#selecting}): the DUO participation chain, the catalog's serving tables and the
 * load overviews. Every model of the repository runs together in app's {@code EndToEndTest}, whose publication
 * requires all serving tables and all data tests to pass.
 */
class TransformJobTest {

    /** The serving tables this test reads, and kpi_deelname, the indicator model whose rows kpi_values shows. */
    static final List<String> SELECTED = List.of(
            "kpi_deelname",
            "kpi_values",
            "kpi_national",
            "kpi_definitions",
            "kpi_norms",
            "kpi_onderdrukking",
            "kpi_themas",
            "kpi_niveaus",
            "source_status",
            "file_loads",
            "quarantine_reasons",
            "eigen_swv");

    static final ModelRepository MODELS = ModelRepository.onClasspath().selecting(SELECTED);

    @TempDir
    static Path lake;

    static SparkSession spark;
    static TransformReport report;

    @BeforeAll
    static void runOnWorkedExample() {
        spark = TestSpark.session();
        BronzeFixture bronze = new BronzeFixture(
                spark, lake, BronzeSources.read(ModelRepository.onClasspath().root()));
        LocalDateTime t0 = LocalDateTime.of(2024, 3, 1, 9, 0);
        // PO3009 De Kempen, 1-10-2013 (DUO): BaO 16.967, SBO 316, SO 186/19/26; 2014 first delivered wrong.
        bronze.load(
                "duo_leerlingen_swv",
                "load-1",
                t0,
                "teldatum",
                List.of(
                        List.of("PO3009", Date.valueOf("2013-10-01"), 16967, 316, 186, 19, 26),
                        List.of("PO3009", Date.valueOf("2014-10-01"), 1, 1, 1, 1, 1)));
        // a corrected file for teldatum 2014 supersedes the first load for that period only
        bronze.load(
                "duo_leerlingen_swv",
                "load-2",
                t0.plusDays(1),
                "teldatum",
                List.of(List.of("PO3009", Date.valueOf("2014-10-01"), 16800, 300, 190, 20, 25)));
        // a load that crashed before its manifest row: must stay invisible
        bronze.uncommitted(
                "duo_leerlingen_swv",
                "load-3",
                t0.plusDays(2),
                "teldatum",
                List.of(List.of("PO3009", Date.valueOf("2013-10-01"), 99, 99, 99, 99, 99)));
        // the default run: no gold layer (ModelStoreTest writes one, on a small repository)
        report = new TransformJob(spark, new TransformConfig(lake, "run1"), MODELS).run(line -> {});
    }

    private Dataset<Row> exported(String table) {
        return spark.read().parquet(report.exportDir().resolve(table).toString());
    }

    @Test
    void publishesTheDuoDeelnamePercentagesOfTheWorkedExample() {
        List<Row> rows = exported("kpi_values")
                .filter("gebied = 'PO3009' and periode = '2013-2014'")
                .orderBy("indicator")
                .collectAsList();

        assertThat(rows)
                .extracting(
                        r -> r.getAs("indicator"),
                        r -> r.<BigDecimal>getAs("waarde").stripTrailingZeros().toPlainString())
                .containsExactly(
                        tuple("deelname_sbo", "1.83"),
                        tuple("deelname_sbo_so", "3.16"),
                        tuple("deelname_so", "1.34"),
                        tuple("deelname_so_cat1", "1.08"),
                        tuple("deelname_so_cat2", "0.11"),
                        tuple("deelname_so_cat3", "0.15"));
        Row sbo = rows.get(0);
        assertThat(sbo.<BigDecimal>getAs("teller")).isEqualByComparingTo("316");
        assertThat(sbo.<BigDecimal>getAs("noemer")).isEqualByComparingTo("17283");
        assertThat(sbo.<Boolean>getAs("onderdrukt")).isFalse();
        assertThat(sbo.<String>getAs("niveau")).isEqualTo("swv");
    }

    @Test
    void theNewestLoadOfAPeriodWinsAndCrashedLoadsStayInvisible() {
        Row sbo2014 = exported("kpi_values")
                .filter("indicator = 'deelname_sbo' and periode = '2014-2015'")
                .first();
        // 300 / (16800 + 300) = 1.7543.. -> 1.75
        assertThat(sbo2014.<BigDecimal>getAs("waarde")).isEqualByComparingTo("1.75");
        assertThat(exported("kpi_values").filter("indicator = 'deelname_sbo'").count())
                .isEqualTo(2);
    }

    @Test
    void aMissingSourceLeavesItsTableEmptyAndIsReported() {
        assertThat(exported("kpi_national").count()).isZero();
        List<Row> status = exported("source_status")
                .filter("bron in ('duo_landelijk', 'duo_leerlingen_swv', 'tlv')")
                .orderBy("bron")
                .collectAsList();
        assertThat(status)
                .extracting(r -> r.getAs("bron"), r -> r.getAs("aanwezig"), r -> r.getAs("rijen_geladen"))
                .containsExactly(
                        tuple("duo_landelijk", false, 0L),
                        tuple("duo_leerlingen_swv", true, 2L),
                        tuple("tlv", false, 0L));
        assertThat(exported("source_status").count())
                .as("one row per declared source")
                .isEqualTo(20);
    }

    @Test
    void runsTheSelectionAndWhatItReadsExportsItsServingTablesAndAllDataTestsPass() {
        assertThat(report.timings())
                .extracting(ModelRunner.Timing::model)
                .contains("stg_duo__leerlingen_swv", "fct_leerlingtelling_swv", "int_swv__eigen_bepaald")
                .doesNotContain("kpi_thuisnabij", "fct_tlv", "gebied_hierarchie");
        assertThat(report.failedTests()).isEmpty();
        assertThat(report.tests()).hasSizeGreaterThan(10);
        try (Stream<Path> exported = Files.list(report.exportDir())) {
            List<String> serving = SELECTED.stream()
                    .filter(name -> !name.equals("kpi_deelname"))
                    .toList();
            assertThat(exported.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(
                            Stream.concat(serving.stream(), Stream.of("data_test_results", "lake_versions"))
                                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Row norm = exported("kpi_norms").filter("indicator = 'deelname_sbo_so'").first();
        assertThat(norm.<BigDecimal>getAs("norm")).isEqualByComparingTo("3");
    }

    @Test
    void recordsTheDeltaVersionOfEveryBronzeTableRead() {
        // duo_leerlingen_swv: three appends (load-1, load-2, the crashed load-3) are versions 0, 1, 2;
        // the manifest got two rows (load-3 crashed before its own); no gold table is written by default
        assertThat(exported("lake_versions")
                        .filter("tabel in ('bronze/duo_leerlingen_swv', 'bronze/_loads') or tabel like 'gold/%'")
                        .orderBy("tabel")
                        .collectAsList())
                .extracting(r -> r.getAs("tabel"), r -> r.getAs("versie"))
                .containsExactly(tuple("bronze/_loads", 1L), tuple("bronze/duo_leerlingen_swv", 2L));
        assertThat(lake.resolve("gold")).doesNotExist();
    }

    @Test
    void aSecondRunOverTheSameBronzeReusesEveryModelAndExportsTheSameTables() {
        TransformReport again = new TransformJob(
                        spark, new TransformConfig(lake, "run2", Optional.empty(), false), MODELS)
                .run(line -> {});

        assertThat(again.timings()).hasSize(report.timings().size());
        assertThat(again.timings()).noneMatch(ModelRunner.Timing::computed);
        assertThat(again.tests()).isEqualTo(report.tests());
        try (Stream<Path> tables = Files.list(report.exportDir())) {
            for (Path table : tables.toList()) {
                String name = table.getFileName().toString();
                assertThat(sortedRows(again.exportDir().resolve(name))).as(name).isEqualTo(sortedRows(table));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sortedRows(Path parquet) {
        return spark.read().parquet(parquet.toString()).collectAsList().stream()
                .map(Row::toString)
                .sorted()
                .toList();
    }

    @Test
    void theOwnSwvIsTheOnlySwvOfDuosCountsWhenThereIsNoGebiedenFile() {
        List<Row> eigen = exported("eigen_swv").collectAsList();

        assertThat(eigen).hasSize(1);
        assertThat(eigen.get(0).<String>getAs("swv_code")).isEqualTo("PO3009");
        assertThat(eigen.get(0).<String>getAs("bepaald_uit")).isEqualTo("duo_leerlingen_swv");
    }
}

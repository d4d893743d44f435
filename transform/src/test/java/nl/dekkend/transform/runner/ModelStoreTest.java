package nl.dekkend.transform.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dekkend.lake.SinglePartition;
import nl.dekkend.lake.SparkSessions;
import nl.dekkend.transform.BronzeFixture;
import nl.dekkend.transform.TestSpark;
import nl.dekkend.transform.TransformConfig;
import nl.dekkend.transform.TransformJob;
import nl.dekkend.transform.TransformReport;
import nl.dekkend.transform.bronze.BronzeSources;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs, step by step on one lake, on a small repository ({@code src/test/resources/store_models}: sources a and b, each with a
 * staging model, a mart and a kpi model; {@code fct_b} checks its keys against {@code fct_a}; serving
 * {@code st_totalen} over {@code kpi_rows} and {@code st_gebieden_a} over {@code fct_a}). Each step runs the whole
 * transform job and checks which models it computed and the rows it exported (hand-computed, or equal to a run
 * from an empty store).
 */
class ModelStoreTest {

    private static final Set<String> ALL =
            Set.of("stg_a", "stg_b", "fct_a", "fct_b", "kpi_a", "kpi_b", "st_totalen", "st_gebieden_a");

    @TempDir
    Path work;

    SparkSession spark;
    ModelRepository repository;
    BronzeFixture bronze;
    int runs;

    @BeforeEach
    void bronzeWithTwoSources() throws IOException, URISyntaxException {
        spark = TestSpark.session();
        Path models = work.resolve("models");
        copy(Path.of(ModelStoreTest.class.getResource("/store_models").toURI()), models);
        repository = ModelRepository.in(models);
        bronze = new BronzeFixture(spark, work.resolve("lake"), BronzeSources.read(models));
        LocalDateTime t0 = LocalDateTime.of(2024, 3, 1, 9, 0);
        bronze.load("a", "a-1", t0, null, List.of(List.of("G1", 1), List.of("G1", 2), List.of("G2", 7)));
        bronze.load("b", "b-1", t0, null, List.of(List.of("G1", 10), List.of("G2", 20)));
    }

    private TransformReport run() {
        return new TransformJob(spark, new TransformConfig(work.resolve("lake"), "run" + ++runs), repository)
                .run(line -> {});
    }

    private static Set<String> computed(TransformReport report) {
        assertThat(report.timings()).extracting(ModelRunner.Timing::model).containsExactlyInAnyOrderElementsOf(ALL);
        return report.timings().stream()
                .filter(ModelRunner.Timing::computed)
                .map(ModelRunner.Timing::model)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The exported serving tables and data test results, each as sorted rows. */
    private Map<String, List<String>> exported(TransformReport report) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : List.of("st_totalen", "st_gebieden_a", "data_test_results")) {
            tables.put(
                    table,
                    spark.read().parquet(report.exportDir().resolve(table).toString()).collectAsList().stream()
                            .map(Row::toString)
                            .sorted()
                            .toList());
        }
        return tables;
    }

    /** The same lake's serving tables from a run that computes every model (the store emptied first). */
    private Map<String, List<String>> fullRun() throws IOException {
        delete(work.resolve("lake/models"));
        TransformReport full = run();
        assertThat(computed(full)).isEqualTo(ALL);
        return exported(full);
    }

    @Test
    void reusesWhatDidNotChangeRecomputesExactlyWhatDidAndTrustsOnlyCompleteEntries() throws IOException {
        TransformReport first = run();
        assertThat(computed(first)).isEqualTo(ALL);
        assertThat(work.resolve("lake/gold")).as("no gold layer unless asked").doesNotExist();
        assertThat(exported(first).get("st_totalen")).containsExactly("[aantal_a,10]", "[aantal_b,30]");
        assertThat(first.failedTests()).singleElement().satisfies(t -> {
            assertThat(t.test()).isEqualTo("accepted_values(n)");
            assertThat(t.fouteRijen()).isEqualTo(1);
            assertThat(t.voorbeeld()).isEqualTo("gebied=G2");
        });

        // nothing changed: nothing computed, the same rows and the same data test results (the failing one too)
        TransformReport unchanged = run();
        assertThat(computed(unchanged)).isEmpty();
        assertThat(exported(unchanged)).isEqualTo(exported(first));
        assertThat(unchanged.tests()).isEqualTo(first.tests());

        // a new load of source b: only b's branch and what reads kpi_rows
        bronze.load("b", "b-2", LocalDateTime.of(2024, 4, 1, 9, 0), null, List.of(List.of("G1", 5)));
        TransformReport afterB = run();
        assertThat(computed(afterB)).containsExactlyInAnyOrder("stg_b", "fct_b", "kpi_b", "st_totalen");
        // b's load replaces the whole source (no _periode): G1 5, and fct_b's G1 is still in fct_a
        assertThat(exported(afterB).get("st_totalen")).containsExactly("[aantal_a,10]", "[aantal_b,5]");
        assertThat(exported(afterB)).isEqualTo(fullRun());

        // a changed model: it and every model that reads its rows (fct_b checks its keys against fct_a), but not
        // kpi_b: fct_b's rows stay the same; the rows as computed by hand: G2's 7 is left out
        Path fctA = work.resolve("models/marts/fct_a.sql");
        Files.writeString(fctA, "select gebied, sum(n) as n from stg_a where n < 7 group by gebied\n");
        TransformReport afterSql = run();
        assertThat(computed(afterSql))
                .containsExactlyInAnyOrder("fct_a", "fct_b", "kpi_a", "st_totalen", "st_gebieden_a");
        assertThat(exported(afterSql).get("st_gebieden_a")).containsExactly("[G1,3]");
        assertThat(exported(afterSql).get("st_totalen")).containsExactly("[aantal_a,3]", "[aantal_b,5]");
        // a successful run keeps only the entries it used
        for (String model : ALL) {
            try (Stream<Path> entries = Files.list(work.resolve("lake/models").resolve(model))) {
                assertThat(entries.toList()).as(model).hasSize(1);
            }
        }

        // a run killed before it wrote stg_b's entry.json, its rows on disk with a wrong row in them: not trusted;
        // and fct_a rewritten to give the same rows
        Path entry;
        try (Stream<Path> entries = Files.list(work.resolve("lake/models/stg_b"))) {
            entry = entries.findFirst().orElseThrow();
        }
        Files.delete(entry.resolve("entry.json"));
        spark.sql("select 'G9' as gebied, 99 as m")
                .write()
                .mode("append")
                .parquet(entry.resolve("rows").toString());
        Files.writeString(fctA, "select gebied, sum(n) as n from stg_a where not n >= 7 group by gebied\n");
        TransformReport afterKill = run();
        // stg_b is computed again, with the same fingerprint, and fct_a with a new one; both hold the rows they
        // held, so the models below them (keyed on those rows) are reused
        assertThat(computed(afterKill)).containsExactlyInAnyOrder("stg_b", "fct_a");
        assertThat(entry.resolve("entry.json")).isRegularFile();
        assertThat(exported(afterKill)).isEqualTo(exported(afterSql)).isEqualTo(fullRun());
    }

    @Test
    void aSmallLakeRunsInterpretedInOnePartitionPerQueryAndTheSessionGetsItsSettingsBack() {
        SparkSessions.generatedCode(spark, true); // as the dekkend commands' sessions
        spark.conf().unset(SinglePartition.KEY);
        spark.conf().set("spark.sql.shuffle.partitions", "3");
        spark.conf().set("spark.sql.autoBroadcastJoinThreshold", "10485760");
        try {
            List<String> progress = new java.util.ArrayList<>();
            TransformReport report = new TransformJob(
                            spark, new TransformConfig(work.resolve("lake"), "generated"), repository)
                    .run(progress::add);
            // the largest source, a, has 3 rows
            assertThat(progress)
                    .contains(
                            "  expressies geïnterpreteerd: de grootste bron heeft 3 rijen",
                            "  elke query in één partitie, joins zonder broadcast: de grootste bron heeft 3 rijen");
            assertThat(SparkSessions.hasGeneratedCode(spark)).isTrue();
            assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("3");
            assertThat(spark.conf().get("spark.sql.autoBroadcastJoinThreshold")).isEqualTo("10485760");
            assertThat(spark.conf().get(SinglePartition.KEY, "niet gezet")).isEqualTo("niet gezet");
            assertThat(exported(report).get("st_totalen")).containsExactly("[aantal_a,10]", "[aantal_b,30]");
        } finally {
            SparkSessions.generatedCode(spark, false);
            spark.conf().set("spark.sql.shuffle.partitions", "1");
            spark.conf().set("spark.sql.autoBroadcastJoinThreshold", "-1");
            spark.conf().set(SinglePartition.KEY, "true");
        }
        assertThat(SparkSessions.hasGeneratedCode(spark)).isFalse();
    }

    @Test
    void writesTheGoldLayerOnlyWhenAskedAndRecordsTheVersionOfEveryTableReadAndWritten() {
        TransformReport gold = new TransformJob(
                        spark,
                        new TransformConfig(work.resolve("lake"), "gold", java.util.Optional.empty(), true),
                        repository)
                .run(line -> {});
        // the gold layer is the marts and the kpi models, computed or reused; staging and serving stay out
        for (String model : List.of("fct_a", "fct_b", "kpi_a", "kpi_b")) {
            assertThat(work.resolve("lake/gold").resolve(model).resolve("_delta_log"))
                    .as(model)
                    .isDirectoryContaining("glob:**/00000000000000000000.json");
        }
        assertThat(work.resolve("lake/gold/stg_a")).doesNotExist();
        assertThat(work.resolve("lake/gold/st_totalen")).doesNotExist();
        assertThat(spark.read()
                        .format("delta")
                        .load(work.resolve("lake/gold/fct_b").toString())
                        .collectAsList())
                .extracting(Row::toString)
                .containsExactlyInAnyOrder("[G1,10]", "[G2,20]");
        // each bronze table was written once (version 0); the manifest of the fixture once per load (versions 0, 1)
        Map<String, Long> versions = new TreeMap<>();
        for (Row row : spark.read()
                .parquet(gold.exportDir().resolve("lake_versions").toString())
                .collectAsList()) {
            versions.put(row.getAs("tabel"), row.getAs("versie"));
        }
        assertThat(versions)
                .containsEntry("bronze/a", 0L)
                .containsEntry("bronze/b", 0L)
                .containsEntry("bronze/_loads", 1L)
                .containsEntry("gold/kpi_a", 0L)
                .containsEntry("gold/fct_b", 0L);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

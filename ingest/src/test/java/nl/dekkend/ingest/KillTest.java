package nl.dekkend.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.dekkend.ingest.bronze.BronzeSchemas;
import nl.dekkend.ingest.contract.Contracts;
import nl.dekkend.ingest.duo.DuoFilesTest;
import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest JVM right after it committed a source's bronze rows but before the run's manifest rows
 * (the run's last commit), reruns, and compares what the transform side can see with an uninterrupted
 * run. Slow (two Spark
 * sessions): enabled with {@code -Ddekkend.slow=true}.
 */
@EnabledIfSystemProperty(named = "dekkend.slow", matches = "true")
class KillTest {

    static final String KEY = "kill-test-sleutel-0123456789abcdef";

    @TempDir
    Path dir;

    private final SparkSession spark = SparkSessions.forTests();

    @Test
    void aRunKilledBetweenBronzeAndManifestLeavesNothingVisibleAndTheRerunMatchesAnUninterruptedRun() throws Exception {
        Path inbox = dir.resolve("inbox");
        copy("src/test/resources/fixtures/valid/duo_leerlingen_swv.csv", inbox.resolve("duo_leerlingen_swv/2013.csv"));
        copy(DuoFilesTest.FILE_02.toString(), inbox.resolve("duo_vestigingen_bo/02.csv"));
        copy("src/test/resources/fixtures/valid/inschrijvingen.csv", inbox.resolve("inschrijvingen/2024.csv"));
        Path killed = dir.resolve("killed");
        Path clean = dir.resolve("clean");

        Path marker = killed.resolve("lake/bronze/duo_vestigingen_bo/_delta_log/00000000000000000000.json");
        Process child = fork(killed, inbox);
        List<String> childOutput = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (childOutput) {
                        childOutput.add(line);
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        child.waitFor(1, TimeUnit.MINUTES);
        reader.join(10_000);
        assertThat(Files.exists(marker))
                .as("bronze commit of 02.csv happened before the kill; child said %s", childOutput)
                .isTrue();
        assertThat(childOutput).doesNotContain("KLAAR");

        Path lake = killed.resolve("lake");
        // the bronze rows of two sources are committed, but no manifest row names their loads
        assertThat(lake.resolve("bronze/_loads/_delta_log")).doesNotExist();
        assertThat(spark.read()
                        .format("delta")
                        .load(lake.resolve("bronze/duo_leerlingen_swv").toString())
                        .count())
                .isPositive();
        assertThat(spark.read()
                        .format("delta")
                        .load(lake.resolve("bronze/duo_vestigingen_bo").toString())
                        .count())
                .isEqualTo(6122L);

        IngestReport rerun = new IngestJob(spark, config(killed, inbox)).run(l -> {});
        assertThat(rerun.files())
                .as("nothing of the killed run counts, so every file is loaded again")
                .extracting(FileLoad::status)
                .containsExactly("geladen", "geladen", "geladen");
        new IngestJob(spark, config(clean, inbox)).run(l -> {});

        for (String bron : Contracts.BRONNEN) {
            assertThat(rows(killed.resolve("lake"), bron)).as(bron).isEqualTo(rows(clean.resolve("lake"), bron));
        }
        assertThat(manifest(killed.resolve("lake"))).isEqualTo(manifest(clean.resolve("lake")));
    }

    private static IngestConfig config(Path home, Path inbox) {
        return new IngestConfig(inbox, home.resolve("lake"), home.resolve("secrets"), Optional.of(KEY));
    }

    /** Bronze rows of loads that have a manifest row: what the transform side reads. */
    private Dataset<Row> visible(Path lake, String bron) {
        Dataset<Row> loads = spark.read()
                .format("delta")
                .load(lake.resolve("bronze/_loads").toString())
                .select("load_id");
        Dataset<Row> rows = spark.read()
                .format("delta")
                .load(lake.resolve("bronze").resolve(bron).toString());
        return rows.join(loads, rows.col("_load_id").equalTo(loads.col("load_id")), "left_semi");
    }

    private List<String> rows(Path lake, String bron) {
        if (!Files.isDirectory(lake.resolve("bronze").resolve(bron).resolve("_delta_log"))) {
            return List.of(); // never delivered: no table
        }
        return visible(lake, bron).drop("_load_id", "_geladen_op").collectAsList().stream()
                .map(Row::toString)
                .sorted()
                .toList();
    }

    /** The loads that carry data; the rerun also logs its unchanged re-read of 2013.csv as ongewijzigd. */
    private List<String> manifest(Path lake) {
        return spark
                .read()
                .format("delta")
                .load(lake.resolve("bronze").resolve(BronzeSchemas.LOADS).toString())
                .where("status <> 'ongewijzigd'")
                .select("bron", "bestand", "bestand_hash", "status", "rijen", "geladen", "quarantaine", "melding")
                .collectAsList()
                .stream()
                .map(Row::toString)
                .sorted()
                .toList();
    }

    private static void copy(String from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(Path.of(from), to);
    }

    private static Process fork(Path home, Path inbox) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect") || arg.startsWith("-Dio.netty")) {
                cmd.add(arg);
            }
        }
        cmd.add("-Xmx1g");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(KillTarget.class.getName());
        cmd.add(home.toString());
        cmd.add(inbox.toString());
        return new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .directory(new File("."))
                .start();
    }
}

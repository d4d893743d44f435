package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.dekkend.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same jobs on a real Spark standalone cluster: {@code bench/cluster.sh} starts a master and two
 * workers (separate JVMs, one core each; their executors are further JVMs), {@code dekkend run --master
 * spark://127.0.0.1:…} runs a small demo inbox on it, and every published figure must equal a run of the
 * same inbox in local mode. Both runs are forked JVMs, so neither inherits this JVM's Spark session.
 * Slow (a few minutes): enabled with {@code -Ddekkend.slow=true}, as in CI.
 */
@EnabledIfSystemProperty(named = "dekkend.slow", matches = "true")
class ClusterRunTest {

    /**
     * The tables of the publication that are not figures: when and by which run it was published, the lake's
     * versions, load times and data-test samples. Every other table (a new one included) is compared row for row.
     */
    static final Set<String> NOT_FIGURES = Set.of(
            "publication",
            "flyway_schema_history",
            "lake_versions",
            "file_loads",
            "source_status",
            "data_test_results");

    @TempDir
    static Path dir;

    static Path script;
    static String master;

    @BeforeAll
    static void startTheCluster() throws Exception {
        script = Path.of("..", "bench", "cluster.sh").toAbsolutePath().normalize();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Result started = cluster("start", "2", String.valueOf(port));
        assertThat(started.exitCode()).as(started.output()).isZero();
        master = "spark://127.0.0.1:" + port;
        assertThat(started.output()).contains(master);
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (script != null) {
            cluster("stop", "", "0");
        }
    }

    @Test
    void everyFigureOnTheClusterEqualsLocalMode() throws Exception {
        Path inbox = dir.resolve("inbox");
        new DemoData(DemoCommand.SEED, 0.05).writeTo(inbox);

        Result local = dekkend(
                "run",
                "--inbox",
                inbox.toString(),
                "--home",
                dir.resolve("local").toString(),
                "--master",
                "local[2]");
        Result onCluster = dekkend(
                "run",
                "--inbox",
                inbox.toString(),
                "--home",
                dir.resolve("cluster").toString(),
                "--master",
                master);

        // the demo inbox holds one file that must be rejected: both runs publish and exit with 1
        assertThat(local.exitCode()).as(local.output()).isEqualTo(1);
        assertThat(onCluster.exitCode()).as(onCluster.output()).isEqualTo(1);
        assertThat(onCluster.output()).contains("3/3 Publiceren");
        for (String worker : List.of("worker-1", "worker-2")) {
            try (var apps = Files.list(dir.resolve("cluster-state").resolve(worker))) {
                assertThat(apps.toList())
                        .as("%s ran an executor for the run", worker)
                        .isNotEmpty();
            }
        }

        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            sql.execute("attach '" + dir.resolve("local/warehouse/current.duckdb") + "' as l (read_only)");
            sql.execute("attach '" + dir.resolve("cluster/warehouse/current.duckdb") + "' as c (read_only)");
            List<String> figures = new ArrayList<>();
            try (ResultSet tables = sql.executeQuery(
                    "select table_name from duckdb_tables() where database_name = 'l' order by table_name")) {
                while (tables.next()) {
                    if (!NOT_FIGURES.contains(tables.getString(1))) {
                        figures.add(tables.getString(1));
                    }
                }
            }
            assertThat(figures).contains("kpi_values", "kpi_survival", "swv_vergelijking", "vestiging_herkomst");
            for (String table : figures) {
                long rows = count(sql, "select count(*) from l." + table);
                long onlyLocal =
                        count(sql, "select count(*) from (from l." + table + " except all from c." + table + ")");
                long onlyCluster =
                        count(sql, "select count(*) from (from c." + table + " except all from l." + table + ")");
                assertThat(new long[] {onlyLocal, onlyCluster})
                        .as("%s: rows only in local mode, only on the cluster (of %d)", table, rows)
                        .containsExactly(0, 0);
                if (!table.equals("quarantine_reasons")) {
                    assertThat(rows).as(table).isPositive();
                }
            }
            assertThat(count(sql, "select count(distinct indicator) from c.kpi_values"))
                    .isGreaterThan(40);
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    record Result(int exitCode, String output) {}

    static Result cluster(String command, String workers, String port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), command, workers);
        pb.environment().put("DEKKEND_CLUSTER_DIR", dir.resolve("cluster-state").toString());
        pb.environment().put("DEKKEND_SPARK_PORT", port);
        pb.environment().put("DEKKEND_CLUSTER_CP", System.getProperty("java.class.path"));
        pb.environment().put("DEKKEND_WORKER_MEMORY", "1536m");
        return run(pb, 5);
    }

    /** {@code dekkend ARGS} in a forked JVM with this test's class path and Spark's JVM flags. */
    static Result dekkend(String... args) throws Exception {
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
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return run(new ProcessBuilder(cmd), 20);
    }

    private static Result run(ProcessBuilder pb, int minutes) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "out", ".txt");
        Process process =
                pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, "timeout after " + minutes + " min: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}

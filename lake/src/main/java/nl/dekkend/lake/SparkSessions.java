package nl.dekkend.lake;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * The one place that knows how a Spark session for Dekkend is configured: the Delta settings, a quiet
 * local mode for the embedded default, and the warehouse dir inside the home folder.
 *
 * <p>Under {@code spark-submit} the master comes from the submit command; {@link #create} then leaves it
 * alone and only adds the Delta settings.
 */
public final class SparkSessions {

    private SparkSessions() {}

    /**
     * Returns the active session or builds one.
     *
     * @param home the installation's home folder; Spark's own scratch files go below it
     * @param master {@code local[*]} for the embedded default, {@code null} to keep what spark-submit set
     * @param shufflePartitions small (2–8) for one SWV, larger on a cluster
     */
    public static SparkSession create(Path home, String master, int shufflePartitions) {
        Objects.requireNonNull(home, "home");
        if (shufflePartitions < 1) {
            throw new IllegalArgumentException("shufflePartitions must be at least 1, was " + shufflePartitions);
        }
        SparkSession.Builder builder = SparkSession.builder()
                .appName("dekkend")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions))
                .config("spark.default.parallelism", Integer.toString(shufflePartitions))
                .config(
                        "spark.sql.warehouse.dir",
                        home.resolve("spark-warehouse").toAbsolutePath().toString())
                .config("spark.sql.session.timeZone", "Europe/Amsterdam")
                .config("spark.sql.ansi.enabled", "true")
                .config("spark.databricks.delta.snapshotPartitions", Integer.toString(shufflePartitions))
                // Constraint propagation infers filters from the constraints of a plan's children. The
                // transform's models read each other's locally checkpointed rows, whose constraints Spark
                // 4.2 keeps in terms of the original plan; a union of them then fails ("key not found").
                // Off: the models state their filters themselves.
                .config("spark.sql.constraintPropagation.enabled", "false")
                // the lake's local files without a chmod or readlink process per file (see LocalFileSystems)
                .config("spark.hadoop.fs.file.impl", LocalFileSystems.Checksummed.class.getName())
                .config("spark.hadoop.fs.AbstractFileSystem.file.impl", LocalFileSystems.Fs.class.getName())
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        if (master != null) {
            builder = builder.master(master)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        if (master != null && isStandaloneOnThisMachine(master)) {
            // Executors of a standalone cluster on this machine (bench/cluster.sh) start from the worker's
            // Spark home, which has no jars of its own: they get the driver's class path, file by file.
            builder = builder.config("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        }
        SparkSession spark = builder.getOrCreate();
        nameCallSite(spark);
        addSinglePartitionRule(spark);
        return spark;
    }

    /**
     * Spark names every RDD, job and SQL execution after the line of user code that made it, which it finds by walking
     * the thread's stack (deep in a Spark plan) each time, unless the thread's local properties give that name. They
     * give {@code dekkend} here, on the thread that made the session and every thread it starts later (Spark's local
     * properties are inherited). The stack walk was 5,8 % of the samples of transform's test JVM (JFR).
     */
    static void nameCallSite(SparkSession spark) {
        spark.sparkContext().setLocalProperty(CALL_SITE_SHORT, "dekkend");
        spark.sparkContext().setLocalProperty(CALL_SITE_LONG, "dekkend");
    }

    /** Adds the {@link SinglePartition} rule to the session's optimizer once; it acts only when switched on. */
    static void addSinglePartitionRule(SparkSession spark) {
        var experimental = spark.experimental();
        var rules = scala.jdk.javaapi.CollectionConverters.asJava(experimental.extraOptimizations());
        if (rules.stream().noneMatch(SinglePartition.class::isInstance)) {
            var more = new java.util.ArrayList<>(rules);
            more.add(new SinglePartition());
            experimental.extraOptimizations_$eq(
                    scala.jdk.javaapi.CollectionConverters.asScala(more).toSeq());
        }
    }

    /** The local properties Spark takes a call site from ({@code org.apache.spark.util.CallSite}'s keys). */
    static final String CALL_SITE_SHORT = "callSite.short";

    static final String CALL_SITE_LONG = "callSite.long";

    static boolean isStandaloneOnThisMachine(String master) {
        return master.startsWith("spark://127.0.0.1:") || master.startsWith("spark://localhost:");
    }

    private static SparkSession testSession;

    /**
     * One small session per test JVM ({@code local[2]}, one shuffle partition) with its scratch files in a temporary
     * folder: Spark tests share it instead of paying the start-up per class. It evaluates expressions interpreted,
     * without generated code (Spark's own test setting {@code spark.sql.codegen.factoryMode}): on the few rows of a
     * test, generating and compiling Java code per query was a third of the CPU. It plans each query once, without
     * adaptive query execution, which re-plans after every shuffle stage: on a few rows that only costs
     * (KpiFixturesTest, two runs each: 57,7 and 55,1 s with it, 40,8 and 44,5 s without). On a few rows most of a
     * job's CPU is Spark's per-task and per-job overhead (the task's closures serialised and checked, then
     * deserialised per task), so the session runs every query in one partition ({@link SinglePartition}: no exchange,
     * one stage of one task; one shuffle partition where a cached plan still has an exchange) and joins without
     * broadcasting, which costs a job of its own, a closure check and a broadcast per join (transform's tests, user +
     * system CPU: 186 and 185 s with two partitions and broadcasts, 167 and 169 s with one partition, 152 s without
     * broadcasts as well; KpiFixturesTest alone 41,9 and 38,9 s → 39,3 and 36,1 s in one partition per query). The
     * results are the same by Spark's contract; the sessions of the {@code dekkend} commands ({@link #create}, in which
     * app's {@code EndToEndTest} runs the whole pipeline) keep code generation, adaptive execution, their partitions
     * and broadcast joins, and the transform switches them per run (TransformJob).
     */
    public static synchronized SparkSession forTests() {
        if (testSession == null) {
            try {
                testSession = create(java.nio.file.Files.createTempDirectory("dekkend-spark-test"), "local[2]", 1);
                generatedCode(testSession, false);
                testSession.conf().set("spark.sql.adaptive.enabled", "false");
                testSession.conf().set("spark.sql.autoBroadcastJoinThreshold", "-1");
                testSession.conf().set(SinglePartition.KEY, "true");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return testSession;
    }

    /**
     * Switches a session between generated code (Spark's default, which the {@code dekkend} commands keep) and
     * interpreted expressions (the test session's default). A test that pushes hundreds of thousands of rows through
     * the test session, such as one of DUO's real files, turns generated code on for itself: at that size compiling
     * pays (ingest's test of DUO file 06, 292.110 rows: 83 s interpreted, 60 s generated).
     */
    public static void generatedCode(SparkSession spark, boolean on) {
        spark.conf().set("spark.sql.codegen.wholeStage", Boolean.toString(on));
        spark.conf().set("spark.sql.codegen.factoryMode", on ? "FALLBACK" : "NO_CODEGEN");
    }

    /** Whether the session generates code (see {@link #generatedCode}). */
    public static boolean hasGeneratedCode(SparkSession spark) {
        return !"NO_CODEGEN".equals(spark.conf().get("spark.sql.codegen.factoryMode", "FALLBACK"));
    }

    /** The embedded default: local mode on all cores with few shuffle partitions. */
    public static SparkSession local(Path home) {
        return create(home, "local[*]", 4);
    }
}

package nl.dekkend.transform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.dekkend.lake.SinglePartition;
import nl.dekkend.lake.SparkSessions;
import nl.dekkend.transform.bronze.BronzeSources;
import nl.dekkend.transform.bronze.BronzeViews;
import nl.dekkend.transform.catalog.KpiCatalog;
import nl.dekkend.transform.runner.DataTestResult;
import nl.dekkend.transform.runner.Layer;
import nl.dekkend.transform.runner.ModelFile;
import nl.dekkend.transform.runner.ModelRepository;
import nl.dekkend.transform.runner.ModelRunner;
import nl.dekkend.transform.runner.ModelStore;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Bronze → serving: registers the bronze views and the catalog (each with a digest of what it shows, so a model
 * whose inputs did not change reuses its stored result; see {@link ModelStore}), runs the models, writes
 * the gold layer when the run asks for it, and exports the serving tables (plus the data test results and the
 * Delta versions of the lake tables) as a parquet snapshot for the warehouse.
 */
public final class TransformJob {

    private static final StructType DATA_TEST_RESULTS = new StructType()
            .add("model", DataTypes.StringType, false)
            .add("test", DataTypes.StringType, false)
            .add("geslaagd", DataTypes.BooleanType, false)
            .add("foute_rijen", DataTypes.LongType, false)
            .add("voorbeeld", DataTypes.StringType, true);

    private static final StructType LAKE_VERSIONS =
            new StructType().add("tabel", DataTypes.StringType, false).add("versie", DataTypes.LongType, false);

    private static final int WRITERS = 4;

    private final SparkSession spark;
    private final TransformConfig config;
    private final ModelRepository models;

    public TransformJob(SparkSession spark, TransformConfig config) {
        this(spark, config, ModelRepository.onClasspath());
    }

    public TransformJob(SparkSession spark, TransformConfig config, ModelRepository models) {
        this.spark = spark;
        this.config = config;
        this.models = models;
    }

    /**
     * Up to this many rows in its largest source, a lake is small (an SWV's own; the demo's largest source has 68.830
     * rows) and its models run the way few rows run fastest. Interpreted expressions, when the session generates code
     * (the dekkend commands'): compiling code per query costs more than it saves (1-12, `dekkend run` in a fresh home:
     * the demo inbox 165,4 → 149,1 s, one small DUO file 69,6 → 58,5 s; above it generated code pays: ingest of DUO's
     * file with 292.110 rows took 83 s interpreted and 60 s generated). Every query in one partition ({@link
     * SinglePartition}: no exchange, so one stage of one task per query), one shuffle partition where a cached view
     * still has an exchange inside, and joins without broadcast (a broadcast costs a job of its own): on a few rows a
     * job's CPU is Spark's overhead per stage, task and job. Measured alternately on 2-12 (bench/RESULTS.md), the same
     * publications: the demo inbox 207,1 and 177,6 s (353 and 298 s user CPU) → 170,0 and 149,5 s (292 and 252 s).
     */
    static final long SMALL_LAKE_UP_TO_ROWS = 100_000;

    public TransformReport run(Consumer<String> progress) {
        BronzeViews bronze =
                new BronzeViews(spark, config.bronze(), BronzeSources.read(models.root()), config.inventory());
        Map<String, String> inputs = new HashMap<>(bronze.register());
        long largest = bronze.largestSource();
        String rows = String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", largest);
        boolean small = largest <= SMALL_LAKE_UP_TO_ROWS;
        boolean interpreted = SparkSessions.hasGeneratedCode(spark) && small;
        Map<String, String> settings = new LinkedHashMap<>();
        if (interpreted) {
            progress.accept("  expressies geïnterpreteerd: de grootste bron heeft " + rows + " rijen");
            SparkSessions.generatedCode(spark, false);
        }
        if (small) {
            progress.accept(
                    "  elke query in één partitie, joins zonder broadcast: de grootste bron heeft " + rows + " rijen");
            settings.put("spark.sql.shuffle.partitions", "1");
            settings.put("spark.sql.autoBroadcastJoinThreshold", "-1");
            settings.put(SinglePartition.KEY, "true");
        }
        Map<String, Optional<String>> before = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            before.put(key, Optional.ofNullable(spark.conf().get(key, null)));
            spark.conf().set(key, value);
        });
        try {
            return run(bronze, inputs, progress);
        } finally {
            before.forEach((key, value) -> value.ifPresentOrElse(
                    v -> spark.conf().set(key, v), () -> spark.conf().unset(key)));
            if (interpreted) {
                SparkSessions.generatedCode(spark, true);
            }
        }
    }

    private TransformReport run(BronzeViews bronze, Map<String, String> inputs, Consumer<String> progress) {
        inputs.putAll(KpiCatalog.read(models.root()).register(spark));
        inputs.put("instelling_eigen_swv", registerEigenSwv());
        ModelStore store = new ModelStore(spark, config.modelStore());
        ModelRunner.Result result = new ModelRunner(spark, store)
                .preparingInputs(bronze::prepareFor)
                .run(models, inputs, progress);
        if (config.gold()) {
            writeGold();
        }

        List<DataTestResult> tests = result.tests();
        List<Row> rows = tests.stream()
                .map(t -> RowFactory.create(t.model(), t.test(), t.geslaagd(), t.fouteRijen(), t.voorbeeld()))
                .toList();
        spark.createDataFrame(rows, DATA_TEST_RESULTS).createOrReplaceTempView("data_test_results");

        List<Row> versions = LakeVersions.read(config.bronze(), config.goldDir()).stream()
                .map(v -> RowFactory.create(v.tabel(), v.versie()))
                .toList();
        spark.createDataFrame(versions, LAKE_VERSIONS).createOrReplaceTempView("lake_versions");

        List<String> serving = new ArrayList<>();
        models.layer(Layer.SERVING).stream().map(ModelFile::name).forEach(serving::add);
        serving.add("data_test_results");
        serving.add("lake_versions");
        concurrently(serving.stream()
                .<Runnable>map(table -> () -> spark.table(table)
                        .coalesce(1)
                        .write()
                        .parquet(config.export().resolve(table).toString()))
                .toList());
        store.keepOnly(result.fingerprints());
        long failed = tests.stream().filter(t -> !t.geslaagd()).count();
        progress.accept("  " + tests.size() + " datatests, " + failed + " mislukt");
        return new TransformReport(config.runId(), config.export(), result.timings(), tests);
    }

    /** Writes the marts and kpi models as Delta tables under {@code lake/gold}, each a full overwrite. */
    private void writeGold() {
        List<Runnable> writes = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (!layer.gold()) {
                continue;
            }
            for (ModelFile model : models.layer(layer)) {
                String path = config.goldDir().resolve(model.name()).toString();
                writes.add(() -> spark.table(model.name())
                        .write()
                        .format("delta")
                        .mode("overwrite")
                        .option("overwriteSchema", "true")
                        .save(path));
            }
        }
        concurrently(writes);
    }

    /**
     * Runs independent writes of small, checkpointed tables at once: each is mostly fixed cost on the driver
     * (planning, job start, a commit), so a few threads keep the cores busy.
     */
    private static void concurrently(List<Runnable> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running =
                    tasks.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> task : running) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The own SWV the user set, as the view {@code instelling_eigen_swv} (no row when not set); returns its digest
     * for the model store.
     */
    private String registerEigenSwv() {
        StructType schema = new StructType().add("swv_code", DataTypes.StringType, false);
        List<Row> rows =
                config.eigenSwv().stream().map(code -> RowFactory.create(code)).toList();
        spark.createDataFrame(rows, schema).createOrReplaceTempView("instelling_eigen_swv");
        return ModelStore.digest(List.of(
                schema.json(), config.eigenSwv().map(code -> "swv " + code).orElse("geen")));
    }
}

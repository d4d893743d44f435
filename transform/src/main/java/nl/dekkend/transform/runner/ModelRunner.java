package nl.dekkend.transform.runner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the models layer by layer (staging, intermediate, marts, kpis, serving); inside a layer several at
 * once, each as soon as the models of its layer it declares in {@code depends_on} are done. Every model's rows are held in the session as a temporary
 * view (see {@link #materialise}); which of them go to files is the transform job's business. After the
 * kpi layer, every {@code kpi_*} model's rows are unioned into the view {@code kpi_rows}, which the
 * serving models read. Each model's data tests run right after it.
 */
public final class ModelRunner {

    /** The columns every kpi model returns, in this order. */
    public static final List<String> KPI_COLUMNS = List.of(
            "indicator", "periode", "niveau", "gebied", "gebied_naam", "uitsplitsing", "teller", "noemer", "waarde");

    private final SparkSession spark;
    private final DataTests dataTests;
    private final int threads;

    /** A runner that runs up to {@link #defaultThreads()} independent models of a layer at once. */
    public ModelRunner(SparkSession spark) {
        this(spark, defaultThreads());
    }

    public ModelRunner(SparkSession spark, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.spark = spark;
        this.dataTests = new DataTests(spark);
        this.threads = threads;
    }

    /**
     * The models are small, so most of a model's time is planning on the driver, one thread per query:
     * two models per core keep the cores busy. {@code -Ddekkend.models.threads=N} overrides it (1 runs the
     * models one by one).
     */
    public static int defaultThreads() {
        return Integer.getInteger(
                "dekkend.models.threads", Math.max(1, Runtime.getRuntime().availableProcessors() * 2));
    }

    public record Timing(String model, long millis) {}

    public record Result(List<Timing> timings, List<DataTestResult> tests) {}

    public Result run(ModelRepository repository, Consumer<String> progress) {
        repository.functions().forEach(spark::sql);
        Map<String, Timing> timings = new ConcurrentHashMap<>();
        Map<String, List<DataTestResult>> tests = new ConcurrentHashMap<>();
        List<String> order = new ArrayList<>();
        AtomicInteger ids = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dekkend-model-" + ids.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Layer layer : Layer.values()) {
                List<ModelFile> models = inDependencyOrder(repository.layer(layer));
                models.forEach(m -> order.add(m.name()));
                // a model starts as soon as the models of its layer it depends on are done
                Map<String, CompletableFuture<Void>> done = new LinkedHashMap<>();
                for (ModelFile model : models) {
                    CompletableFuture<?>[] upstream =
                            model.spec().dependsOn().stream().map(done::get).toArray(CompletableFuture<?>[]::new);
                    done.put(
                            model.name(),
                            CompletableFuture.allOf(upstream)
                                    .thenRunAsync(() -> runOne(model, timings, tests, progress), pool));
                }
                try {
                    CompletableFuture.allOf(done.values().toArray(CompletableFuture<?>[]::new))
                            .join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
                if (layer == Layer.KPIS) {
                    unionKpiRows(repository.layer(Layer.KPIS));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(
                order.stream().map(timings::get).toList(),
                order.stream().flatMap(name -> tests.get(name).stream()).toList());
    }

    private void runOne(
            ModelFile model,
            Map<String, Timing> timings,
            Map<String, List<DataTestResult>> tests,
            Consumer<String> progress) {
        long start = System.nanoTime();
        // names the model's Spark jobs (profiles in bench/ group by it)
        spark.sparkContext().setJobDescription(model.name());
        try {
            materialise(model);
            try {
                tests.put(model.name(), dataTests.run(model));
            } catch (RuntimeException e) {
                throw new ModelFailedException(model.name(), e);
            }
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        timings.put(model.name(), new Timing(model.name(), millis));
        progress.accept("  " + model.name() + " (" + millis + " ms)");
    }

    /**
     * Runs one model's select and keeps its rows in the session as a temporary view of the model's name.
     * The rows are checkpointed locally (held by the block manager, spilled to local disk when memory is
     * short): the view is a leaf, so a downstream model plans against a scan of those rows, never against
     * the whole chain of models above it. That keeps planning time and driver memory flat in the number of
     * models, and each model's query runs once. Returns the checkpointed rows.
     */
    public Dataset<Row> materialise(ModelFile model) {
        Dataset<Row> rows;
        try {
            rows = spark.sql(model.sql()).localCheckpoint(true);
        } catch (RuntimeException e) {
            throw new ModelFailedException(model.name(), e);
        }
        rows.createOrReplaceTempView(model.name());
        return rows;
    }

    /** Unions the rows of all kpi models into the view {@code kpi_rows}. */
    public void unionKpiRows(List<ModelFile> kpiModels) {
        Dataset<Row> union = null;
        for (ModelFile model : kpiModels) {
            if (!model.isKpi()) {
                continue;
            }
            Dataset<Row> rows = spark.table(model.name()).selectExpr(KPI_COLUMNS.toArray(String[]::new));
            union = union == null ? rows : union.unionByName(rows);
        }
        if (union == null) {
            throw new IllegalStateException("no kpi_* models found");
        }
        union.createOrReplaceTempView("kpi_rows");
    }

    static List<ModelFile> inDependencyOrder(List<ModelFile> models) {
        Map<String, ModelFile> byName = new LinkedHashMap<>();
        models.forEach(m -> byName.put(m.name(), m));
        List<ModelFile> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (ModelFile model : models) {
            visit(model, byName, done, new ArrayDeque<>(), ordered);
        }
        return ordered;
    }

    private static void visit(
            ModelFile model, Map<String, ModelFile> byName, Set<String> done, Deque<String> path, List<ModelFile> out) {
        if (done.contains(model.name())) {
            return;
        }
        if (path.contains(model.name())) {
            throw new IllegalStateException("dependency cycle: " + String.join(" -> ", path) + " -> " + model.name());
        }
        path.push(model.name());
        for (String dependency : model.spec().dependsOn()) {
            ModelFile upstream = byName.get(dependency);
            if (upstream == null) {
                throw new IllegalStateException(
                        model.name() + " depends on " + dependency + ", which is not a model of the same layer");
            }
            visit(upstream, byName, done, path, out);
        }
        path.pop();
        done.add(model.name());
        out.add(model);
    }
}

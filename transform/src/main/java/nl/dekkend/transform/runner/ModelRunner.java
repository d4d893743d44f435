package nl.dekkend.transform.runner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the models (staging, intermediate, marts, kpis, serving), several at once, each as soon as the
 * models it reads are done: those of its own layer it declares in {@code depends_on}, those of earlier
 * layers its SQL names (see {@link #upstream}). Every model's rows are held in the session as a temporary
 * view (see {@link #materialise}); which of them go to files is the transform job's business. Once every
 * kpi model is done, their rows are unioned into the view {@code kpi_rows}, which serving models read.
 * Each model's data tests are counted on the pass that computes it. With a {@link ModelStore}, a model's
 * fingerprint is taken when the models it reads are done (it includes the content digests of their rows, see
 * {@link ModelStore.Fingerprinter}); a model whose fingerprint is stored is not computed: its view reads the stored
 * rows and its content digest and test results come from the store; every computed model is stored, with the
 * content digest observed on the pass that computed it, while the run goes on.
 */
public final class ModelRunner {

    /** The columns every kpi model returns, in this order. */
    public static final List<String> KPI_COLUMNS = List.of(
            "indicator", "periode", "niveau", "gebied", "gebied_naam", "uitsplitsing", "teller", "noemer", "waarde");

    /** Threads that store computed models while the run goes on (small writes, mostly fixed cost). */
    private static final int STORE_WRITERS = 2;

    private final SparkSession spark;
    private final DataTests dataTests;
    private final int threads;
    private final ModelStore store;

    /** Told a model's text (SQL and tests) before the model is computed; see {@link #preparingInputs}. */
    private volatile Consumer<String> beforeCompute = text -> {};

    /**
     * A runner that runs up to {@link #defaultThreads()} independent models at once and reuses the stored result
     * of every model whose fingerprint did not change (see {@link ModelStore}).
     */
    public ModelRunner(SparkSession spark, ModelStore store) {
        this(spark, defaultThreads(), store);
    }

    /** A runner without a store: every model is computed (tests of single models). */
    public ModelRunner(SparkSession spark, int threads) {
        this(spark, threads, null);
    }

    public ModelRunner(SparkSession spark, int threads, ModelStore store) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.spark = spark;
        this.dataTests = new DataTests(spark);
        this.threads = threads;
        this.store = store;
    }

    /**
     * Lets the transform job register the input views a model names only when the model is computed (a stored
     * model reads none): {@code prepare} gets the model's SQL and test text first.
     */
    public ModelRunner preparingInputs(Consumer<String> prepare) {
        this.beforeCompute = prepare;
        return this;
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

    /** How long a model took; {@code computed} false: its stored result was reused (see {@link ModelStore}). */
    public record Timing(String model, long millis, boolean computed) {}

    /** The timings and data tests in run order, and the fingerprint of every model (to keep in the store). */
    public record Result(List<Timing> timings, List<DataTestResult> tests, Map<String, String> fingerprints) {}

    /**
     * Runs every model of the repository. {@code inputs}: the views the models may read that are not models,
     * each with a digest that changes when what it shows may have changed (see {@link ModelStore.Fingerprinter}).
     */
    public Result run(ModelRepository repository, Map<String, String> inputs, Consumer<String> progress) {
        List<String> functions = repository.functions();
        functions.forEach(spark::sql);
        Map<String, Timing> timings = new ConcurrentHashMap<>();
        Map<String, List<DataTestResult>> tests = new ConcurrentHashMap<>();
        List<ModelFile> order = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            order.addAll(inDependencyOrder(repository.layer(layer)));
        }
        // a model starts as soon as the models it reads are done, whatever their layer
        Map<String, List<String>> upstream = upstream(order);
        ModelStore.Fingerprinter fingerprinter = null;
        if (store != null) {
            requireDigests(order, inputs);
            fingerprinter = new ModelStore.Fingerprinter(spark, functions, inputs);
        }
        ModelStore.Fingerprinter keys = fingerprinter;
        // per model done (and kpi_rows), the content digest of its rows, and its fingerprint (with a store only)
        Map<String, String> contents = new ConcurrentHashMap<>();
        Map<String, String> fingerprints = new ConcurrentHashMap<>();
        List<Future<?>> writes = new ArrayList<>();
        AtomicInteger ids = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dekkend-model-" + ids.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ExecutorService writers = Executors.newFixedThreadPool(STORE_WRITERS, r -> {
            Thread thread = new Thread(r, "dekkend-store-" + ids.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, CompletableFuture<Void>> done = new LinkedHashMap<>();
            List<CompletableFuture<Void>> kpis = new ArrayList<>();
            CompletableFuture<Void> kpiRows = new CompletableFuture<>();
            for (ModelFile model : order) {
                CompletableFuture<?>[] before = upstream.get(model.name()).stream()
                        .map(name -> KPI_ROWS.equals(name) ? kpiRows : done.get(name))
                        .toArray(CompletableFuture<?>[]::new);
                CompletableFuture<Void> finished = CompletableFuture.allOf(before)
                        .thenRunAsync(
                                () -> {
                                    if (failure.get() == null) {
                                        runOne(
                                                model,
                                                upstream.get(model.name()),
                                                keys,
                                                contents,
                                                fingerprints,
                                                timings,
                                                tests,
                                                writes,
                                                writers,
                                                progress);
                                    }
                                },
                                pool)
                        .whenComplete((ignored, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, cause(e));
                            }
                        });
                done.put(model.name(), finished);
                if (model.isKpi()) {
                    kpis.add(finished);
                }
            }
            CompletableFuture.allOf(kpis.toArray(CompletableFuture<?>[]::new)).whenComplete((ignored, e) -> {
                if (e != null) {
                    kpiRows.completeExceptionally(e);
                    return;
                }
                try {
                    unionKpiRows(repository.layer(Layer.KPIS));
                    if (keys != null) {
                        Map<String, String> kpiContents = new TreeMap<>();
                        repository.layer(Layer.KPIS).stream()
                                .filter(ModelFile::isKpi)
                                .forEach(m -> kpiContents.put(m.name(), contents.get(m.name())));
                        contents.put(KPI_ROWS, ModelStore.Fingerprinter.kpiRows(kpiContents));
                    }
                    kpiRows.complete(null);
                } catch (RuntimeException u) {
                    kpiRows.completeExceptionally(u);
                }
            });
            try {
                CompletableFuture.allOf(done.values().toArray(CompletableFuture<?>[]::new))
                        .join();
                kpiRows.join();
            } catch (CompletionException e) {
                awaitQuietly(writes);
                throw failure.get() != null ? failure.get() : cause(e);
            }
            await(writes);
        } finally {
            pool.shutdownNow();
            writers.shutdownNow();
        }
        long computed = timings.values().stream().filter(Timing::computed).count();
        progress.accept("  " + order.size() + " modellen: " + computed + " berekend, " + (order.size() - computed)
                + " ongewijzigd");
        Map<String, String> used = new LinkedHashMap<>();
        order.stream()
                .filter(m -> fingerprints.containsKey(m.name()))
                .forEach(m -> used.put(m.name(), fingerprints.get(m.name())));
        return new Result(
                order.stream().map(m -> timings.get(m.name())).toList(),
                order.stream().flatMap(m -> tests.get(m.name()).stream()).toList(),
                used);
    }

    /** The content digests of the models (or {@code kpi_rows}) a model reads, all of which are done. */
    private static Map<String, String> contentsOf(List<String> reads, Map<String, String> contents) {
        Map<String, String> of = new TreeMap<>();
        for (String name : reads) {
            String content = contents.get(name);
            if (content == null) {
                throw new IllegalStateException("the rows of " + name + " have no content digest");
            }
            of.put(name, content);
        }
        return of;
    }

    /**
     * Every view a model names must be a model or an input with a digest: a view without one (one a newer
     * transform job registers and forgot to digest) would let a stored model outlive a change of its input.
     */
    private void requireDigests(List<ModelFile> order, Map<String, String> inputs) {
        Set<String> views = new HashSet<>();
        for (Row table : spark.sql("show views").collectAsList()) {
            if (table.<Boolean>getAs("isTemporary")) {
                views.add(table.<String>getAs("viewName").toLowerCase(Locale.ROOT));
            }
        }
        order.forEach(m -> views.remove(m.name()));
        views.removeAll(inputs.keySet());
        views.remove(KPI_ROWS);
        for (ModelFile model : order) {
            Set<String> unknown = ModelStore.namedIn(readingText(model), views);
            if (!unknown.isEmpty()) {
                throw new IllegalStateException(model.name() + " reads the view(s) " + unknown
                        + ", which the transform job registered without a digest for the model store");
            }
        }
    }

    private static void await(List<Future<?>> writes) {
        synchronized (writes) {
            for (Future<?> write : writes) {
                try {
                    write.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while storing the models", e);
                } catch (ExecutionException e) {
                    throw cause(e.getCause());
                }
            }
        }
    }

    private static void awaitQuietly(List<Future<?>> writes) {
        try {
            await(writes);
        } catch (RuntimeException ignored) {
            // the run fails for the reason the caller throws
        }
    }

    /** The name a serving model reads the rows of all kpi models under (see {@link #unionKpiRows}). */
    static final String KPI_ROWS = "kpi_rows";

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * Per model, the models it reads: the models of its own layer it declares in {@code depends_on}, and
     * every model of an earlier layer (or {@code kpi_rows}) its SQL, its {@code failing_rows} tests or its
     * {@code relationships} tests name. Naming is enough (a word of the text, comments included): a model
     * waiting for one it does not read only starts later.
     */
    static Map<String, List<String>> upstream(List<ModelFile> models) {
        Map<String, Layer> layers = new LinkedHashMap<>();
        models.forEach(m -> layers.put(m.name(), m.layer()));
        Map<String, List<String>> upstream = new LinkedHashMap<>();
        for (ModelFile model : models) {
            Set<String> reads = new LinkedHashSet<>(model.spec().dependsOn());
            Matcher words = WORD.matcher(readingText(model));
            while (words.find()) {
                String word = words.group().toLowerCase(Locale.ROOT);
                Layer layer = layers.get(word);
                if (layer != null && layer.ordinal() < model.layer().ordinal()) {
                    reads.add(word);
                } else if (KPI_ROWS.equals(word) && model.layer().ordinal() > Layer.KPIS.ordinal()) {
                    reads.add(KPI_ROWS);
                }
            }
            upstream.put(model.name(), List.copyOf(reads));
        }
        return upstream;
    }

    /** What a model runs: its SQL and the text of its tests (not the yml's descriptions). */
    static String readingText(ModelFile model) {
        return model.sql() + "\n" + testText(model.spec());
    }

    /** The text of a model's tests (the {@code failing_rows} SQL, the {@code relationships} targets). */
    private static String testText(ModelSpec spec) {
        StringBuilder text = new StringBuilder();
        spec.columns().forEach(c -> text.append(c.tests()).append('\n'));
        spec.tests().forEach(t -> text.append(t).append('\n'));
        return text.toString();
    }

    private static RuntimeException cause(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }

    /**
     * Takes the model's fingerprint (the models it reads, {@code reads}, are done, so their content digests are in
     * {@code contents}), reuses its stored result when the store has that fingerprint (a view over the stored files,
     * no Spark job), else computes it and hands it to the store writers; either way its content digest goes into
     * {@code contents} for the models that read it.
     */
    private void runOne(
            ModelFile model,
            List<String> reads,
            ModelStore.Fingerprinter fingerprinter,
            Map<String, String> contents,
            Map<String, String> fingerprints,
            Map<String, Timing> timings,
            Map<String, List<DataTestResult>> tests,
            List<Future<?>> writes,
            ExecutorService writers,
            Consumer<String> progress) {
        long start = System.nanoTime();
        // the models it reads are done: their rows' content digests are known
        String fingerprint = store == null ? null : fingerprinter.of(model, contentsOf(reads, contents));
        if (fingerprint != null) {
            fingerprints.put(model.name(), fingerprint);
        }
        boolean storable = store != null && !ModelStore.isVolatile(model);
        Optional<ModelStore.Stored> stored = storable ? store.find(model.name(), fingerprint) : Optional.empty();
        if (stored.isPresent()) {
            stored.get().rows().createOrReplaceTempView(model.name());
            contents.put(model.name(), stored.get().content());
            tests.put(model.name(), stored.get().tests());
            timings.put(model.name(), new Timing(model.name(), (System.nanoTime() - start) / 1_000_000, false));
            return;
        }
        // names the model's Spark jobs (profiles in bench/ group by it)
        spark.sparkContext().setJobDescription(model.name());
        Computed computed;
        try {
            computed = compute(model, store != null);
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
        List<DataTestResult> results = computed.tests();
        if (store != null) {
            contents.put(model.name(), computed.content());
        }
        tests.put(model.name(), results);
        long millis = (System.nanoTime() - start) / 1_000_000;
        timings.put(model.name(), new Timing(model.name(), millis, true));
        progress.accept("  " + model.name() + " (" + millis + " ms)");
        if (storable) {
            Dataset<Row> rows = spark.table(model.name());
            synchronized (writes) {
                writes.add(writers.submit(() -> {
                    spark.sparkContext().setJobDescription(model.name());
                    try {
                        store.write(model.name(), fingerprint, rows, computed.content(), results);
                    } finally {
                        spark.sparkContext().setJobDescription(null);
                    }
                }));
            }
        }
    }

    /**
     * Runs one model's select, keeps its rows in the session as a temporary view of the model's name and
     * returns the results of its data tests, which are counted on the same pass (see {@link DataTests}).
     * The rows are checkpointed locally (held by the block manager, spilled to local disk when memory is
     * short): the view is a leaf, so a downstream model plans against a scan of those rows, never against
     * the whole chain of models above it. That keeps planning time and driver memory flat in the number of
     * models, and each model's query runs once.
     */
    public List<DataTestResult> materialise(ModelFile model) {
        return compute(model, false).tests();
    }

    /** A computed model's data test results and, if asked for, the content digest of its rows (else null). */
    private record Computed(List<DataTestResult> tests, String content) {}

    /**
     * {@link #materialise}, with the rows' content digest (see {@link RowDigest}) observed on the same pass as the
     * data tests.
     */
    private Computed compute(ModelFile model, boolean digest) {
        try {
            beforeCompute.accept(readingText(model));
            Dataset<Row> rows = spark.sql(model.sql());
            StructType schema = rows.schema();
            DataTests.Checked checked = digest
                    ? dataTests.attach(model, rows, RowDigest.columns(schema), RowDigest.metrics())
                    : dataTests.attach(model, rows, List.of(), List.of());
            checked.checkpointed().createOrReplaceTempView(model.name());
            List<DataTestResult> results = checked.results();
            return new Computed(results, digest ? RowDigest.digest(schema, checked.extra()) : null);
        } catch (RuntimeException e) {
            throw new ModelFailedException(model.name(), e);
        }
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

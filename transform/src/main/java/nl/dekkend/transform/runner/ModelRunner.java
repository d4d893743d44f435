package nl.dekkend.transform.runner;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the models layer by layer (staging, intermediate, marts, kpis, serving); inside a layer in the
 * order their declared dependencies require. Views for the first two layers, Delta tables under
 * {@code gold/} for the rest. After the kpi layer, every {@code kpi_*} model's rows are unioned into the
 * view {@code kpi_rows}, which the serving models read. Each model's data tests run right after it.
 */
public final class ModelRunner {

    /** The columns every kpi model returns, in this order. */
    public static final List<String> KPI_COLUMNS = List.of(
            "indicator", "periode", "niveau", "gebied", "gebied_naam", "uitsplitsing", "teller", "noemer", "waarde");

    private final SparkSession spark;
    private final Path goldDir;
    private final DataTests dataTests;

    public ModelRunner(SparkSession spark, Path goldDir) {
        this.spark = spark;
        this.goldDir = goldDir;
        this.dataTests = new DataTests(spark);
    }

    public record Timing(String model, long millis) {}

    public record Result(List<Timing> timings, List<DataTestResult> tests) {}

    public Result run(ModelRepository repository, Consumer<String> progress) {
        repository.functions().forEach(spark::sql);
        List<Timing> timings = new ArrayList<>();
        List<DataTestResult> tests = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            for (ModelFile model : inDependencyOrder(repository.layer(layer))) {
                long start = System.nanoTime();
                materialise(model);
                tests.addAll(dataTests.run(model));
                long millis = (System.nanoTime() - start) / 1_000_000;
                timings.add(new Timing(model.name(), millis));
                progress.accept("  " + model.name() + " (" + millis + " ms)");
            }
            if (layer == Layer.KPIS) {
                unionKpiRows(repository.layer(Layer.KPIS));
            }
        }
        return new Result(List.copyOf(timings), List.copyOf(tests));
    }

    /** Runs one model's select and materialises it by its layer; returns the resulting table. */
    public Dataset<Row> materialise(ModelFile model) {
        Dataset<Row> result;
        try {
            result = spark.sql(model.sql());
        } catch (RuntimeException e) {
            throw new ModelFailedException(model.name(), e);
        }
        if (!model.layer().persisted()) {
            // cached: the data tests and every downstream model read it again
            result.createOrReplaceTempView(model.name());
            spark.catalog().cacheTable(model.name());
            return result;
        }
        String path = goldDir.resolve(model.name()).toString();
        try {
            result.write()
                    .format("delta")
                    .mode("overwrite")
                    .option("overwriteSchema", "true")
                    .save(path);
        } catch (RuntimeException e) {
            throw new ModelFailedException(model.name(), e);
        }
        Dataset<Row> stored = spark.read().format("delta").load(path);
        stored.createOrReplaceTempView(model.name());
        spark.catalog().cacheTable(model.name());
        return stored;
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

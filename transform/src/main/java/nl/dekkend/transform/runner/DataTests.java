package nl.dekkend.transform.runner;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * Runs the data tests a model's yml declares, the way dbt defines them (each test describes the rows that
 * break it and passes when there are none), but checks them the way Deequ does: every row-level assertion
 * of a model is an aggregate observed on the one pass that computes and checkpoints the model (see
 * {@link #attach}), so passing tests cost no query of their own. Only a test that fails is queried again,
 * for its exact count and a few examples.
 *
 * <p>Column tests: {@code not_null}, {@code unique}, {@code accepted_values: {values: [...]}},
 * {@code relationships: {to: model, field: column}}. Model tests: {@code unique: [columns]},
 * {@code expression: <condition every row meets>}, {@code failing_rows: <select returning the bad rows>}
 * (for reconciliations across models; one query each).
 *
 * <p><b>Privacy of the examples.</b> The results are published, and readers other than the beheerder
 * see them, so an example holds only the values of code-like key columns ({@link #isCode}), never a
 * pupil key, a date, a postcode, an amount or free text; a failing row without such columns gives a
 * count and no example. The rule fails closed: a column is shown only when its name is on the list.
 */
public final class DataTests {

    private static final int SAMPLE = 3;

    /** Codes of schools, areas, periods and categories: safe to show to every reader. */
    private static final Set<String> CODE_COLUMNS = Set.of(
            "code",
            "indicator",
            "periode",
            "schooljaar",
            "niveau",
            "gebied",
            "uitsplitsing",
            "soort",
            "categorie",
            "type",
            "status",
            "bron",
            "vestiging",
            "brin",
            "bevoegd_gezag_nr",
            "ijkpunt",
            "parameter",
            "oordeel",
            "ondersteuningsbehoefte",
            "bepaald_uit",
            "post",
            "jaar",
            "eenheid");

    private static final Pattern CODE_NAME = Pattern.compile("[a-z0-9_]*_code|[a-z0-9_]*_schooljaar");

    private static final Set<DataType> CODE_TYPES =
            Set.of(DataTypes.StringType, DataTypes.IntegerType, DataTypes.ShortType, DataTypes.BooleanType);

    private final SparkSession spark;

    public DataTests(SparkSession spark) {
        this.spark = spark;
    }

    /** A code-like key column: named on the list or {@code *_code}, and a string, integer or boolean. */
    static boolean isCode(StructField field) {
        String name = field.name().toLowerCase(java.util.Locale.ROOT);
        return (CODE_COLUMNS.contains(name) || CODE_NAME.matcher(name).matches())
                && CODE_TYPES.contains(field.dataType());
    }

    /**
     * One declared test: its name, the condition a row that breaks it meets (null: the test is run as a
     * query of its own on the checkpointed model), and how to list its bad rows from the checkpointed model.
     */
    private record Check(String name, Column broken, Supplier<Dataset<Row>> failing) {

        boolean observed() {
            return broken != null;
        }

        Column failures() {
            return count(when(broken, lit(1)));
        }
    }

    /**
     * A model's rows with its row-level tests attached: {@link #checkpointed()} computes the rows and, on the same
     * pass, the failure count of every check and the extra aggregates (one {@link Observation});
     * {@link #results()}, once those rows have been computed (checkpointed) and registered as the model's view,
     * reads the counts, queries only the tests that failed (from the view) and runs the {@code failing_rows} tests;
     * {@link #extra()} reads the values of the extra aggregates.
     */
    public final class Checked {
        private final ModelFile model;
        private final Dataset<Row> rows;
        private final String[] columns;
        private final Observation observation;
        private final List<Column> extraColumns;
        private final List<Column> extraMetrics;
        private Row observed;

        private Checked(
                ModelFile model,
                Dataset<Row> rows,
                String[] columns,
                Observation observation,
                List<Column> extraColumns,
                List<Column> extraMetrics) {
            this.model = model;
            this.rows = rows;
            this.columns = columns;
            this.observation = observation;
            this.extraColumns = extraColumns;
            this.extraMetrics = extraMetrics;
        }

        /**
         * Computes the model's rows (once), counting every check's failures on that pass, and keeps them locally
         * checkpointed: the model's own columns over the checkpoint. The checks' helper columns are dropped above
         * the checkpoint, a select on its leaf; dropped below it, Spark would analyse the model's whole plan once
         * more.
         */
        public Dataset<Row> checkpointed() {
            Dataset<Row> kept = rows.localCheckpoint(true);
            if (kept.columns().length == columns.length) {
                return kept;
            }
            return kept.select(
                    Arrays.stream(columns).map(c -> col("`" + c + "`")).toArray(Column[]::new));
        }

        /** The results in declaration order; call after {@link #checkpointed()}. */
        public List<DataTestResult> results() {
            List<String> customNames = new ArrayList<>();
            List<String> customSql = new ArrayList<>();
            Planned onView = checks(spark.table(model.name()), model, customNames, customSql);
            List<Check> checks = onView.checks();
            List<DataTestResult> results = new ArrayList<>();
            int counted = 0;
            for (Check check : checks) {
                boolean passed = check.observed()
                        ? ((Number) observed().get(counted++)).longValue() == 0
                        : check.failing().get().limit(1).collectAsList().isEmpty();
                results.add(
                        passed
                                ? new DataTestResult(model.name(), check.name(), true, 0, null)
                                : failed(
                                        model.name(),
                                        check.name(),
                                        check.failing().get()));
            }
            for (int i = 0; i < customSql.size(); i++) {
                Dataset<Row> failing = spark.sql(customSql.get(i));
                results.add(
                        failing.limit(1).collectAsList().isEmpty()
                                ? new DataTestResult(model.name(), customNames.get(i), true, 0, null)
                                : failed(model.name(), customNames.get(i), failing));
            }
            return results;
        }

        /** The values of the extra aggregates, in their order; call after {@link #checkpointed()}. */
        public List<Object> extra() {
            if (extraMetrics.isEmpty()) {
                return List.of();
            }
            Row values = observed();
            int from = values.length() - extraMetrics.size();
            List<Object> extra = new ArrayList<>();
            for (int i = from; i < values.length(); i++) {
                extra.add(values.get(i));
            }
            return extra;
        }

        /**
         * The observed failure counts and extra aggregates. Spark hands them to the observation right after the
         * pass (on its listener thread); should they not come, the same aggregate runs over the model's view.
         */
        private Row observed() {
            if (observed != null) {
                return observed;
            }
            try {
                observed = Await.result(observation.future(), Duration.create(OBSERVATION_WAIT_SECONDS, "s"));
            } catch (TimeoutException e) {
                Planned onView = checks(spark.table(model.name()), model, new ArrayList<>(), new ArrayList<>());
                Aggregated aggregated = aggregated(onView, extraColumns, extraMetrics);
                Column[] metrics = aggregated.metrics();
                observed = aggregated
                        .flagged()
                        .agg(metrics[0], Arrays.copyOfRange(metrics, 1, metrics.length))
                        .first();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the data tests of " + model.name(), e);
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            return observed;
        }
    }

    private static final long OBSERVATION_WAIT_SECONDS = 600;

    /**
     * Attaches the model's tests to its rows, with extra aggregates over the model's rows observed on the same pass
     * ({@code extraColumns} are computed per row, {@code extraMetrics} aggregate them; the row digest). A
     * {@code unique} test counts each key's rows with a window over the key (no extra shuffle when the model is
     * grouped by that key), a {@code relationships} test joins the parent's distinct keys (at most one match per
     * row); both leave the rows as they are, and the helper columns are dropped before the rows are kept. Every
     * condition and extra column is computed in one select, and every aggregate observed at once: Spark analyses
     * the model's whole plan again for each operation added on top of it, so they are as few as they can be.
     */
    public Checked attach(ModelFile model, Dataset<Row> rows, List<Column> extraColumns, List<Column> extraMetrics) {
        Planned planned = checks(rows, model, new ArrayList<>(), new ArrayList<>());
        if (planned.checks().stream().noneMatch(Check::observed) && extraMetrics.isEmpty()) {
            return new Checked(model, rows, rows.columns(), null, extraColumns, extraMetrics);
        }
        Observation observation = new Observation("dt_" + model.name());
        Aggregated aggregated = aggregated(planned, extraColumns, extraMetrics);
        Column[] metrics = aggregated.metrics();
        Dataset<Row> observed =
                aggregated.flagged().observe(observation, metrics[0], Arrays.copyOfRange(metrics, 1, metrics.length));
        return new Checked(model, observed, rows.columns(), observation, extraColumns, extraMetrics);
    }

    /** The rows with a flag per counted check and the extra columns, and the aggregates over them. */
    private record Aggregated(Dataset<Row> flagged, Column[] metrics) {}

    private static Aggregated aggregated(Planned planned, List<Column> extraColumns, List<Column> extraMetrics) {
        List<Check> counted = planned.checks().stream().filter(Check::observed).toList();
        // each condition is a column first: an observed aggregate may not call a SQL function itself
        List<Column> flagged = new ArrayList<>(List.of(col("*")));
        flagged.addAll(extraColumns);
        List<Column> metrics = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            String flag = "_dt_broken_" + i;
            flagged.add(counted.get(i).broken().as(flag));
            metrics.add(count(when(col(flag), lit(1))).as("c" + i));
        }
        metrics.addAll(extraMetrics);
        return new Aggregated(planned.scanned().select(flagged.toArray(Column[]::new)), metrics.toArray(Column[]::new));
    }

    /** The rows with the columns the checks need, and the checks over them. */
    private record Planned(Dataset<Row> scanned, List<Check> checks) {}

    private Planned checks(Dataset<Row> table, ModelFile model, List<String> customNames, List<String> customSql) {
        List<Check> checks = new ArrayList<>();
        Dataset<Row> scanned = table;
        int helpers = 0;
        for (ModelSpec.Column column : model.spec().columns()) {
            for (Object test : column.tests()) {
                String c = column.name();
                if ("not_null".equals(test)) {
                    checks.add(new Check("not_null(" + c + ")", col(c).isNull(), () -> table.filter(col(c).isNull())));
                } else if ("unique".equals(test)) {
                    checks.add(unique(table, List.of(c)));
                } else if (test instanceof Map<?, ?> map && map.size() == 1) {
                    String kind = map.keySet().iterator().next().toString();
                    Map<?, ?> args = (Map<?, ?>) map.values().iterator().next();
                    if ("accepted_values".equals(kind)) {
                        Object[] values = ((List<?>) args.get("values")).toArray();
                        Column bad = col(c).isNotNull().and(not(col(c).isin(values)));
                        checks.add(new Check("accepted_values(" + c + ")", bad, () -> table.filter(bad)));
                    } else if ("relationships".equals(kind)) {
                        String to = args.get("to").toString();
                        String field = args.get("field").toString();
                        String name = "relationships(" + c + " -> " + to + "." + field + ")";
                        Supplier<Dataset<Row>> orphans = () -> table.filter(col(c).isNotNull())
                                .join(
                                        spark.table(to)
                                                .select(col(field).as("_parent_key"))
                                                .distinct(),
                                        col(c).equalTo(col("_parent_key")),
                                        "left_anti");
                        if (to.equals(model.name())) {
                            // a key into the model itself: checked on the kept rows, after the pass
                            checks.add(new Check(name, null, orphans));
                        } else {
                            String key = "_dt_" + helpers++;
                            Dataset<Row> parent =
                                    spark.table(to).select(col(field).as(key)).distinct();
                            scanned = scanned.join(parent, scanned.col(c).equalTo(col(key)), "left_outer");
                            checks.add(new Check(name, col(c).isNotNull().and(col(key).isNull()), orphans));
                        }
                    } else {
                        throw unknown(model.name() + "." + c, test);
                    }
                } else {
                    throw unknown(model.name() + "." + c, test);
                }
            }
        }
        for (Map<String, Object> test : model.spec().tests()) {
            for (Map.Entry<String, Object> entry : test.entrySet()) {
                Object arg = entry.getValue();
                switch (entry.getKey()) {
                    case "unique" -> {
                        List<String> columns =
                                ((List<?>) arg).stream().map(Object::toString).toList();
                        checks.add(unique(table, columns));
                    }
                    case "expression" -> {
                        Column broken = not(coalesce(expr(arg.toString()), lit(false)));
                        checks.add(new Check(arg.toString(), broken, () -> table.filter(broken)));
                    }
                    case "failing_rows" -> {
                        customNames.add("failing_rows: " + arg.toString().strip());
                        customSql.add(arg.toString());
                    }
                    default -> throw unknown(model.name(), entry.getKey());
                }
            }
        }
        return new Planned(scanned, checks);
    }

    /**
     * Duplicate keys: fails when a key has more than one row (nulls form a key too); the failing rows are
     * the duplicate keys and the failure count is the rows beyond the first of each key. A row breaks it when its
     * key has more than one row, counted with a window over the key.
     */
    private static Check unique(Dataset<Row> table, List<String> columns) {
        Column[] keys = columns.stream().map(c -> col(c)).toArray(Column[]::new);
        return new Check(
                "unique(" + String.join(", ", columns) + ")",
                count(lit(1)).over(Window.partitionBy(keys)).gt(1),
                () -> table.groupBy(keys).count().filter(col("count").gt(1)).drop("count"));
    }

    private static DataTestResult failed(String model, String test, Dataset<Row> failing) {
        String[] codes = Arrays.stream(failing.schema().fields())
                .filter(DataTests::isCode)
                .map(StructField::name)
                .toArray(String[]::new);
        String examples = null;
        if (codes.length > 0) {
            List<Row> sample = failing.select(
                            Arrays.stream(codes).map(c -> col(c)).toArray(Column[]::new))
                    .distinct()
                    .limit(SAMPLE)
                    .collectAsList();
            examples = sample.stream()
                    .map(r -> Arrays.stream(codes)
                            .map(c -> c + "=" + r.get(r.fieldIndex(c)))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
        }
        return new DataTestResult(model, test, false, failing.count(), examples);
    }

    private static IllegalArgumentException unknown(String where, Object test) {
        return new IllegalArgumentException("unknown test on " + where + ": " + test);
    }
}

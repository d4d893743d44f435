package nl.dekkend.transform.runner;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Runs the data tests a model's yml declares, the way dbt defines them (each test describes the rows that
 * break it and passes when there are none), but checks them the way Deequ does: every row-level assertion
 * of a model in ONE aggregate query over the model (which also fills its cache). Only a test that fails
 * is queried again, for its exact count and a few examples.
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

    /** One declared test: its name, its failure count in the aggregate, and how to list its bad rows. */
    private record Check(String name, Column failures, java.util.function.Supplier<Dataset<Row>> failing) {}

    public List<DataTestResult> run(ModelFile model) {
        Dataset<Row> table = spark.table(model.name());
        List<Check> checks = new ArrayList<>();
        List<String> customNames = new ArrayList<>();
        List<String> customSql = new ArrayList<>();
        Dataset<Row> scanned = table;
        int parents = 0;
        for (ModelSpec.Column column : model.spec().columns()) {
            for (Object test : column.tests()) {
                String c = column.name();
                if ("not_null".equals(test)) {
                    checks.add(new Check(
                            "not_null(" + c + ")",
                            count(when(col(c).isNull(), lit(1))),
                            () -> table.filter(col(c).isNull())));
                } else if ("unique".equals(test)) {
                    checks.add(unique(table, List.of(c)));
                } else if (test instanceof Map<?, ?> map && map.size() == 1) {
                    String kind = map.keySet().iterator().next().toString();
                    Map<?, ?> args = (Map<?, ?>) map.values().iterator().next();
                    if ("accepted_values".equals(kind)) {
                        Object[] values = ((List<?>) args.get("values")).toArray();
                        Column bad = col(c).isNotNull().and(not(col(c).isin(values)));
                        checks.add(new Check(
                                "accepted_values(" + c + ")", count(when(bad, lit(1))), () -> table.filter(bad)));
                    } else if ("relationships".equals(kind)) {
                        String to = args.get("to").toString();
                        String field = args.get("field").toString();
                        String key = "_dt_parent_" + parents++;
                        Dataset<Row> parent =
                                spark.table(to).select(col(field).as(key)).distinct();
                        scanned = scanned.join(parent, col(c).equalTo(col(key)), "left_outer");
                        Column orphan = col(c).isNotNull().and(col(key).isNull());
                        Dataset<Row> parentForRows = spark.table(to)
                                .select(col(field).as("_parent_key"))
                                .distinct();
                        checks.add(new Check(
                                "relationships(" + c + " -> " + to + "." + field + ")",
                                count(when(orphan, lit(1))),
                                () -> table.filter(col(c).isNotNull())
                                        .join(parentForRows, col(c).equalTo(col("_parent_key")), "left_anti")));
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
                    case "unique" ->
                        checks.add(unique(
                                table,
                                ((List<?>) arg).stream().map(Object::toString).toList()));
                    case "expression" -> {
                        Column broken = not(coalesce(expr(arg.toString()), lit(false)));
                        checks.add(new Check(arg.toString(), count(when(broken, lit(1))), () -> table.filter(broken)));
                    }
                    case "failing_rows" -> {
                        customNames.add("failing_rows: " + arg.toString().strip());
                        customSql.add(arg.toString());
                    }
                    default -> throw unknown(model.name(), entry.getKey());
                }
            }
        }

        // one pass over the model for every row-level check (count(*) also fills the model's cache)
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(count(lit(1)));
        checks.forEach(c -> aggregates.add(c.failures()));
        Row counts = scanned.agg(
                        aggregates.get(0),
                        aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
                .first();

        List<DataTestResult> results = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            results.add(
                    counts.getLong(i + 1) == 0
                            ? new DataTestResult(model.name(), check.name(), true, 0, null)
                            : failed(model.name(), check.name(), check.failing().get()));
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

    /** Duplicate keys: rows beyond the first of each key (nulls form a key too); failing = duplicate keys. */
    private static Check unique(Dataset<Row> table, List<String> columns) {
        Column[] keys = columns.stream().map(c -> col(c)).toArray(Column[]::new);
        return new Check(
                "unique(" + String.join(", ", columns) + ")",
                count(lit(1)).minus(countDistinct(struct(keys))),
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

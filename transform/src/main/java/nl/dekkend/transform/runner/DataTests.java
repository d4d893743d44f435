package nl.dekkend.transform.runner;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the data tests a model's yml declares, the way dbt does: each test selects the rows that break it,
 * and passes when there are none.
 *
 * <p>Column tests: {@code not_null}, {@code unique}, {@code accepted_values: {values: [...]}},
 * {@code relationships: {to: model, field: column}}. Model tests: {@code unique: [columns]},
 * {@code expression: <condition every row meets>}, {@code failing_rows: <select returning the bad rows>}
 * (for reconciliations across models).
 */
public final class DataTests {

    private static final int SAMPLE = 3;

    private final SparkSession spark;

    public DataTests(SparkSession spark) {
        this.spark = spark;
    }

    public List<DataTestResult> run(ModelFile model) {
        Dataset<Row> table = spark.table(model.name());
        List<DataTestResult> results = new ArrayList<>();
        for (ModelSpec.Column column : model.spec().columns()) {
            for (Object test : column.tests()) {
                results.add(columnTest(model.name(), table, column.name(), test));
            }
        }
        for (Map<String, Object> test : model.spec().tests()) {
            for (Map.Entry<String, Object> entry : test.entrySet()) {
                results.add(modelTest(model.name(), table, entry.getKey(), entry.getValue()));
            }
        }
        return results;
    }

    private DataTestResult columnTest(String model, Dataset<Row> table, String column, Object test) {
        if ("not_null".equals(test)) {
            return result(
                    model, "not_null(" + column + ")", table.filter(col(column).isNull()));
        }
        if ("unique".equals(test)) {
            return result(model, "unique(" + column + ")", duplicates(table, List.of(column)));
        }
        if (test instanceof Map<?, ?> map && map.size() == 1) {
            String kind = map.keySet().iterator().next().toString();
            Map<?, ?> args = (Map<?, ?>) map.values().iterator().next();
            switch (kind) {
                case "accepted_values" -> {
                    List<?> values = (List<?>) args.get("values");
                    Dataset<Row> bad = table.filter(
                            col(column).isNotNull().and(not(col(column).isin(values.toArray()))));
                    return result(model, "accepted_values(" + column + ")", bad);
                }
                case "relationships" -> {
                    String to = args.get("to").toString();
                    String field = args.get("field").toString();
                    Dataset<Row> parent =
                            spark.table(to).select(col(field).as("_parent_key")).distinct();
                    Dataset<Row> bad = table.filter(col(column).isNotNull())
                            .join(parent, col(column).equalTo(col("_parent_key")), "left_anti");
                    return result(model, "relationships(" + column + " -> " + to + "." + field + ")", bad);
                }
                default -> {
                    // fall through to the error below
                }
            }
        }
        throw new IllegalArgumentException("unknown test on " + model + "." + column + ": " + test);
    }

    private DataTestResult modelTest(String model, Dataset<Row> table, String kind, Object arg) {
        switch (kind) {
            case "unique" -> {
                List<String> columns =
                        ((List<?>) arg).stream().map(Object::toString).toList();
                return result(model, "unique(" + String.join(", ", columns) + ")", duplicates(table, columns));
            }
            case "expression" -> {
                Column holds = coalesce(expr(arg.toString()), lit(false));
                return result(model, arg.toString(), table.filter(not(holds)));
            }
            case "failing_rows" -> {
                return result(model, "failing_rows: " + arg.toString().strip(), spark.sql(arg.toString()));
            }
            default -> throw new IllegalArgumentException("unknown test on " + model + ": " + kind);
        }
    }

    private static Dataset<Row> duplicates(Dataset<Row> table, List<String> columns) {
        Column[] keys = columns.stream().map(c -> col(c)).toArray(Column[]::new);
        return table.groupBy(keys).count().filter(col("count").gt(1));
    }

    private static DataTestResult result(String model, String test, Dataset<Row> failing) {
        // one job for a passing test (the common case); the count only when there is something to count
        List<Row> sample = failing.limit(SAMPLE).collectAsList();
        if (sample.isEmpty()) {
            return new DataTestResult(model, test, true, 0, null);
        }
        String examples = sample.stream().map(Row::toString).collect(Collectors.joining("; "));
        return new DataTestResult(model, test, false, failing.count(), examples);
    }
}

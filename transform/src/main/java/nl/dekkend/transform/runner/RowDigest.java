package nl.dekkend.transform.runner;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.isnull;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftRightUnsigned;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.concurrent.Await;
import scala.concurrent.duration.Duration;

/**
 * A digest of a model's rows, so the models that read it are keyed on what it holds rather than on how it was
 * computed (see {@link ModelStore.Fingerprinter}). Per row two independent 64-bit hashes over every column and its
 * null flag (Spark's hashes skip nulls, so without the flag {@code (a, null)} and {@code (null, a)} would collide);
 * the rows are combined by summing each hash's 32-bit halves (order-independent, no overflow below 2^31 rows, and
 * duplicate rows count), and the digest covers the schema (names and types; not whether a column may hold nulls,
 * which differs between rows just computed and the same rows read back from the store) and the row count too. It is an aggregate observed on the
 * pass that computes the model (see {@link #observe}), so it costs no job of its own.
 */
final class RowDigest {

    private static final String[] HASHES = {"_rd_1lo", "_rd_1hi", "_rd_2lo", "_rd_2hi"};
    private static final long WAIT_SECONDS = 600;

    private RowDigest() {}

    /** Rows whose computation also observes their digest; {@link #digest()} once they have been computed. */
    record Observed(Dataset<Row> rows, StructType schema, Observation observation) {

        /** The digest; should the observation not come, it is computed from {@code computed} (the kept rows). */
        String digest(Dataset<Row> computed) {
            try {
                return RowDigest.digest(schema, Await.result(observation.future(), Duration.create(WAIT_SECONDS, "s")));
            } catch (TimeoutException e) {
                return of(computed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the row digest", e);
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }
    }

    /** The rows with their digest observed on the pass that computes them. */
    static Observed observe(String name, Dataset<Row> rows) {
        Observation observation = new Observation("rd_" + name);
        List<Column> hashed = new ArrayList<>(List.of(col("*")));
        hashed.addAll(hashes(rows.schema()));
        Column[] metrics = metrics();
        Dataset<Row> observed = rows.select(hashed.toArray(Column[]::new))
                .observe(observation, metrics[0], Arrays.copyOfRange(metrics, 1, metrics.length))
                .select(Arrays.stream(rows.columns())
                        .map(c -> col("`" + c + "`"))
                        .toArray(Column[]::new));
        return new Observed(observed, rows.schema(), observation);
    }

    /** The digest of the rows, as a query of its own. */
    static String of(Dataset<Row> rows) {
        Column[] metrics = metrics();
        Row aggregate = rows.select(hashes(rows.schema()).toArray(Column[]::new))
                .agg(metrics[0], Arrays.copyOfRange(metrics, 1, metrics.length))
                .first();
        return digest(rows.schema(), aggregate);
    }

    private static String digest(StructType schema, Row aggregate) {
        List<String> parts = new ArrayList<>(List.of(nullable(schema).json()));
        for (int i = 0; i < aggregate.length(); i++) {
            parts.add(String.valueOf(aggregate.get(i)));
        }
        return ModelStore.digest(parts);
    }

    /** Per row, the two hashes split in halves: {@code _rd_1lo, _rd_1hi, _rd_2lo, _rd_2hi}. */
    private static List<Column> hashes(StructType schema) {
        List<Column> values = new ArrayList<>();
        for (StructField field : schema.fields()) {
            Column c = col("`" + field.name() + "`");
            values.add(isnull(c));
            // Spark cannot hash a map: its json is hashed instead
            values.add(hasMap(field.dataType()) ? to_json(c) : c);
        }
        Column first = xxhash64(values.toArray(Column[]::new));
        values.add(0, lit("dekkend"));
        Column second = xxhash64(values.toArray(Column[]::new));
        return List.of(
                first.bitwiseAND(lit(0xFFFFFFFFL)).as(HASHES[0]),
                shiftRightUnsigned(first, 32).as(HASHES[1]),
                second.bitwiseAND(lit(0xFFFFFFFFL)).as(HASHES[2]),
                shiftRightUnsigned(second, 32).as(HASHES[3]));
    }

    private static Column[] metrics() {
        Column[] metrics = new Column[HASHES.length + 1];
        metrics[0] = count(lit(1)).as("_rd_rows");
        for (int i = 0; i < HASHES.length; i++) {
            metrics[i + 1] = sum(col(HASHES[i])).as(HASHES[i] + "_sum");
        }
        return metrics;
    }

    /** The type with every column, element and value nullable and no metadata. */
    private static DataType nullable(DataType type) {
        if (type instanceof StructType struct) {
            return new StructType(Arrays.stream(struct.fields())
                    .map(f -> new StructField(f.name(), nullable(f.dataType()), true, Metadata.empty()))
                    .toArray(StructField[]::new));
        }
        if (type instanceof ArrayType array) {
            return new ArrayType(nullable(array.elementType()), true);
        }
        if (type instanceof MapType map) {
            return new MapType(nullable(map.keyType()), nullable(map.valueType()), true);
        }
        return type;
    }

    private static boolean hasMap(DataType type) {
        if (type instanceof MapType) {
            return true;
        }
        if (type instanceof ArrayType array) {
            return hasMap(array.elementType());
        }
        if (type instanceof StructType struct) {
            return Arrays.stream(struct.fields()).anyMatch(f -> hasMap(f.dataType()));
        }
        return false;
    }
}

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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A digest of a model's rows, so the models that read it are keyed on what it holds rather than on how it was
 * computed (see {@link ModelStore.Fingerprinter}). Per row two independent 64-bit hashes over every column and its
 * null flag (Spark's hashes skip nulls, so without the flag {@code (a, null)} and {@code (null, a)} would collide);
 * the rows are combined by summing each hash's 32-bit halves (order-independent, no overflow below 2^31 rows, and
 * duplicate rows count), and the digest covers the schema (names and types; not whether a column may hold nulls,
 * which differs between rows just computed and the same rows read back from the store) and the row count too. Its
 * aggregates are observed on the pass that computes the model, with the model's data tests (see
 * {@link DataTests#attach}), so it costs no job of its own.
 */
final class RowDigest {

    private static final String[] HASHES = {"_rd_1lo", "_rd_1hi", "_rd_2lo", "_rd_2hi"};

    private RowDigest() {}

    /** The digest of the rows, as a query of its own. */
    static String of(Dataset<Row> rows) {
        List<Column> metrics = metrics();
        Row aggregate = rows.select(columns(rows.schema()).toArray(Column[]::new))
                .agg(metrics.get(0), metrics.subList(1, metrics.size()).toArray(Column[]::new))
                .first();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < aggregate.length(); i++) {
            values.add(aggregate.get(i));
        }
        return digest(rows.schema(), values);
    }

    /**
     * Per row of {@code schema}'s columns, the two hashes split in halves ({@code _rd_1lo, _rd_1hi, _rd_2lo,
     * _rd_2hi}): the columns {@link #metrics} aggregates.
     */
    static List<Column> columns(StructType schema) {
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

    /** The aggregates of the digest over the {@link #columns}: the row count and the sum of each hash half. */
    static List<Column> metrics() {
        List<Column> metrics = new ArrayList<>(List.of(count(lit(1)).as("_rd_rows")));
        for (String half : HASHES) {
            metrics.add(sum(col(half)).as(half + "_sum"));
        }
        return metrics;
    }

    /** The digest of rows of {@code schema} from the values of {@link #metrics}, in their order. */
    static String digest(StructType schema, List<?> values) {
        if (values.size() != HASHES.length + 1) {
            throw new IllegalArgumentException(
                    "a row digest takes " + (HASHES.length + 1) + " values, got " + values.size());
        }
        List<String> parts = new ArrayList<>(List.of(nullable(schema).json()));
        values.forEach(v -> parts.add(String.valueOf(v)));
        return ModelStore.digest(parts);
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

package nl.dekkend.transform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A fixture's CSV file (header, comma, {@code ""} or nothing for null) as rows built in this JVM, typed the way
 * Spark's CSV reader with {@code inferSchema} types them: int, then long, then double; a {@code yyyy-MM-dd} date;
 * a boolean; else a string; a column mixing two of these is a string unless they widen (int, long, double); a
 * column without values is a string. One difference, on purpose: an identifier such as {@code T1} stays a string,
 * where Spark's inference takes it for a time of today (it did so for six fixtures' pupil and TLV keys). Reading
 * the files here costs no Spark job, where {@code inferSchema} costs two per file and the scan more in every query.
 */
final class FixtureCsv {

    private FixtureCsv() {}

    /** The file typed as {@code inferSchema} types it. */
    static Dataset<Row> read(SparkSession spark, Path csv) throws IOException {
        return read(spark, csv, true);
    }

    /** The file with every column a string, as Spark reads it without {@code inferSchema}. */
    static Dataset<Row> strings(SparkSession spark, Path csv) throws IOException {
        return read(spark, csv, false);
    }

    private static Dataset<Row> read(SparkSession spark, Path csv, boolean infer) throws IOException {
        List<String> header;
        List<String[]> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in);
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                String[] values = new String[header.size()];
                for (int i = 0; i < values.length; i++) {
                    String value = i < record.size() ? record.get(i) : "";
                    values[i] = value.isEmpty() ? null : value;
                }
                records.add(values);
            }
        }
        DataType[] types = new DataType[header.size()];
        for (String[] values : records) {
            for (int i = 0; i < types.length; i++) {
                if (infer && values[i] != null) {
                    types[i] = widen(types[i], typeOf(values[i]));
                }
            }
        }
        StructField[] fields = new StructField[types.length];
        for (int i = 0; i < types.length; i++) {
            fields[i] = DataTypes.createStructField(
                    header.get(i), types[i] == null ? DataTypes.StringType : types[i], true);
        }
        StructType schema = new StructType(fields);
        List<Row> rows = new ArrayList<>();
        for (String[] values : records) {
            Object[] typed = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                typed[i] = values[i] == null ? null : value(fields[i].dataType(), values[i]);
            }
            rows.add(RowFactory.create(typed));
        }
        return spark.createDataFrame(rows, schema);
    }

    private static DataType typeOf(String value) {
        if (parses(() -> Integer.parseInt(value))) {
            return DataTypes.IntegerType;
        }
        if (parses(() -> Long.parseLong(value))) {
            return DataTypes.LongType;
        }
        if (parses(() -> Double.parseDouble(value))) {
            return DataTypes.DoubleType;
        }
        if (parses(() -> LocalDate.parse(value))) {
            return DataTypes.DateType;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return DataTypes.BooleanType;
        }
        return DataTypes.StringType;
    }

    private static final List<DataType> NUMERIC =
            Arrays.asList(DataTypes.IntegerType, DataTypes.LongType, DataTypes.DoubleType);

    private static DataType widen(DataType sofar, DataType next) {
        if (sofar == null || sofar.equals(next)) {
            return next;
        }
        if (NUMERIC.contains(sofar) && NUMERIC.contains(next)) {
            return NUMERIC.get(Math.max(NUMERIC.indexOf(sofar), NUMERIC.indexOf(next)));
        }
        return DataTypes.StringType;
    }

    private static Object value(DataType type, String value) {
        if (type.equals(DataTypes.IntegerType)) {
            return Integer.parseInt(value);
        }
        if (type.equals(DataTypes.LongType)) {
            return Long.parseLong(value);
        }
        if (type.equals(DataTypes.DoubleType)) {
            return Double.parseDouble(value);
        }
        if (type.equals(DataTypes.DateType)) {
            return Date.valueOf(LocalDate.parse(value));
        }
        if (type.equals(DataTypes.BooleanType)) {
            return Boolean.parseBoolean(value);
        }
        return value;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException | DateTimeParseException notThisType) {
            return false;
        }
    }
}

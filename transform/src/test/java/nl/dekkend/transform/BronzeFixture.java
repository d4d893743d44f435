package nl.dekkend.transform;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.transform.bronze.BronzeSources;
import nl.dekkend.transform.bronze.BronzeViews;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes bronze Delta tables and manifest rows the way ingest does (ARCHITECTURE.md), so transform can
 * be tested without ingest. Values are given in the declared schema's column order, without lineage.
 */
public final class BronzeFixture {

    private final SparkSession spark;
    private final Path bronze;
    private final BronzeSources sources;

    public BronzeFixture(SparkSession spark, Path lake, BronzeSources sources) {
        this.spark = spark;
        this.bronze = lake.resolve("bronze");
        this.sources = sources;
    }

    /** One committed load of {@code rows} for {@code bron}, each row's period taken from {@code periodeColumn}. */
    public void load(String bron, String loadId, LocalDateTime at, String periodeColumn, List<List<Object>> rows) {
        write(bron, loadId, at, periodeColumn, rows);
        manifest(loadId, bron, "geladen", rows.size(), at);
    }

    /** Bronze rows without their manifest row: a load that crashed before it committed. */
    public void uncommitted(
            String bron, String loadId, LocalDateTime at, String periodeColumn, List<List<Object>> rows) {
        write(bron, loadId, at, periodeColumn, rows);
    }

    private void write(String bron, String loadId, LocalDateTime at, String periodeColumn, List<List<Object>> rows) {
        StructType schema = sources.schemas().get(bron);
        StructField[] fields = schema.fields();
        int dataColumns = fields.length - BronzeSources.LINEAGE.fields().length;
        int periodeIndex = periodeColumn == null ? -1 : schema.fieldIndex(periodeColumn);
        List<Row> out = new ArrayList<>();
        int rij = 2;
        for (List<Object> values : rows) {
            if (values.size() != dataColumns) {
                throw new IllegalArgumentException(bron + " takes " + dataColumns + " values, got " + values);
            }
            List<Object> all = new ArrayList<>(values);
            String periode = periodeIndex < 0 ? "" : String.valueOf(values.get(periodeIndex));
            all.addAll(List.of(
                    loadId, bron + "/" + loadId + ".csv", "hash-" + loadId, rij++, periode, Timestamp.valueOf(at)));
            all.add(null); // _swv: a flat inbox
            out.add(RowFactory.create(all.toArray()));
        }
        spark.createDataFrame(out, schema)
                .write()
                .format("delta")
                .mode("append")
                .save(bronze.resolve(bron).toString());
    }

    public void manifest(String loadId, String bron, String status, long rows, LocalDateTime at) {
        Row row = RowFactory.create(
                loadId,
                bron,
                bron + "/" + loadId + ".csv",
                "hash-" + loadId,
                status,
                rows,
                rows,
                0L,
                null,
                Timestamp.valueOf(at),
                Timestamp.valueOf(at.plusSeconds(1)));
        spark.createDataFrame(List.of(row), BronzeViews.LOADS)
                .write()
                .format("delta")
                .mode("append")
                .save(bronze.resolve("_loads").toString());
    }
}

package nl.dekkend.transform.bronze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Registers the bronze layer for the staging models, applying the one rule of which rows count: per
 * source and {@code _periode}, only the rows of the newest committed load (status {@code geladen} or
 * {@code deels_geladen} in the manifest) that covered that period. Rows of a load that never reached the
 * manifest (a crash mid-way) are invisible.
 *
 * <p>Views: {@code raw_<bron>} per source, {@code raw__loads} (manifest), {@code raw__quarantine}, and
 * {@code bronze_inventory} (bron, rijen, nieuwste_periode) over the counted rows.
 */
public final class BronzeViews {

    /** The load statuses whose rows count; ingest defines the statuses (app's BronzeContractTest holds them equal). */
    public static final List<String> COMMITTED = List.of("geladen", "deels_geladen");

    /** The manifest's columns (ARCHITECTURE.md), for a lake where nothing was loaded yet. */
    public static final StructType LOADS = new StructType()
            .add("load_id", DataTypes.StringType)
            .add("bron", DataTypes.StringType)
            .add("bestand", DataTypes.StringType)
            .add("bestand_hash", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("rijen", DataTypes.LongType)
            .add("geladen", DataTypes.LongType)
            .add("quarantaine", DataTypes.LongType)
            .add("melding", DataTypes.StringType)
            .add("begonnen_op", DataTypes.TimestampType)
            .add("klaar_op", DataTypes.TimestampType);

    /** The quarantine's columns (ARCHITECTURE.md). */
    public static final StructType QUARANTINE = new StructType()
            .add("load_id", DataTypes.StringType)
            .add("bron", DataTypes.StringType)
            .add("bestand", DataTypes.StringType)
            .add("rij", DataTypes.IntegerType)
            .add("kolom", DataTypes.StringType)
            .add("waarde", DataTypes.StringType)
            .add("reden", DataTypes.StringType)
            .add("geladen_op", DataTypes.TimestampType);

    private final SparkSession spark;
    private final Path bronzeDir;
    private final BronzeSources sources;

    public BronzeViews(SparkSession spark, Path bronzeDir, BronzeSources sources) {
        this.spark = spark;
        this.bronzeDir = bronzeDir;
        this.sources = sources;
    }

    /** Registers all views; returns the sources found. */
    public List<String> register() {
        Dataset<Row> loads = deltaOrEmpty("_loads", LOADS);
        loads.createOrReplaceTempView("raw__loads");
        deltaOrEmpty("_quarantine", QUARANTINE).createOrReplaceTempView("raw__quarantine");
        Dataset<Row> committed =
                loads.filter(col("status").isin(COMMITTED.toArray())).select(col("load_id"), col("klaar_op"));

        List<String> names = sources.schemas().keySet().stream().sorted().toList();
        Dataset<Row> inventory = null;
        for (String bron : names) {
            StructType schema = sources.schemas().get(bron);
            Dataset<Row> stored = deltaOrEmpty(bron, schema);
            Dataset<Row> bronze = stored.select(typed(schema, java.util.Set.of(stored.columns())));
            Dataset<Row> current = current(bronze, committed);
            current.createOrReplaceTempView("raw_" + bron);
            spark.catalog().cacheTable("raw_" + bron);
            Dataset<Row> counted = current.agg(
                            count(lit(1)).as("rijen"),
                            max(when(col("_periode").notEqual(""), col("_periode")))
                                    .as("nieuwste_periode"))
                    .withColumn("bron", lit(bron));
            inventory = inventory == null ? counted : inventory.unionByName(counted);
        }
        if (inventory != null) {
            inventory.select("bron", "rijen", "nieuwste_periode").createOrReplaceTempView("bronze_inventory");
        }
        return names;
    }

    static Dataset<Row> current(Dataset<Row> bronze, Dataset<Row> committedLoads) {
        WindowSpec newestFirst = Window.partitionBy(col("_periode"))
                .orderBy(col("klaar_op").desc(), col("_load_id").desc());
        return bronze.join(committedLoads, bronze.col("_load_id").equalTo(committedLoads.col("load_id")), "inner")
                .withColumn("_load_rank", dense_rank().over(newestFirst))
                .filter(col("_load_rank").equalTo(1))
                .drop("_load_rank", "load_id", "klaar_op");
    }

    /**
     * The contract's columns with their types. A column the contract gained after the table was last written (an
     * optional one, added backward-compatibly) reads as empty until a new file of that source arrives.
     */
    private static Column[] typed(StructType schema, java.util.Set<String> stored) {
        return java.util.Arrays.stream(schema.fields())
                .map(f -> (stored.contains(f.name()) ? col(f.name()) : lit(null))
                        .cast(f.dataType())
                        .as(f.name()))
                .toArray(Column[]::new);
    }

    /** The Delta table, or an empty one with the declared schema when the source never arrived. */
    private Dataset<Row> deltaOrEmpty(String table, StructType schema) {
        Path path = bronzeDir.resolve(table);
        if (!Files.isDirectory(path.resolve("_delta_log"))) {
            return spark.createDataFrame(List.of(), schema);
        }
        return spark.read().format("delta").load(path.toString());
    }
}

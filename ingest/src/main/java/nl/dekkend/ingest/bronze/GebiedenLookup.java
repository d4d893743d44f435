package nl.dekkend.ingest.bronze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.ingest.validate.PostcodeWijken;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The postcode → wijk rows of the current {@code gebieden} load (the latest load with a manifest row
 * that loaded rows; {@code gebieden} is replaced as a whole by every file).
 */
public final class GebiedenLookup {

    private GebiedenLookup() {}

    public static PostcodeWijken read(SparkSession spark, Path lake) {
        Path bronze = lake.resolve("bronze");
        if (!Files.isDirectory(bronze.resolve("gebieden/_delta_log"))
                || !Files.isDirectory(bronze.resolve("_loads/_delta_log"))) {
            return PostcodeWijken.NONE;
        }
        List<Row> latest = spark.read()
                .format("delta")
                .load(bronze.resolve(BronzeSchemas.LOADS).toString())
                .where("bron = 'gebieden' and status in ('geladen', 'deels_geladen')")
                .orderBy(
                        org.apache.spark.sql.functions.col("klaar_op").desc(),
                        org.apache.spark.sql.functions.col("load_id").desc())
                .select("load_id")
                .limit(1)
                .collectAsList();
        if (latest.isEmpty()) {
            return PostcodeWijken.NONE;
        }
        List<Row> rows = spark.read()
                .format("delta")
                .load(bronze.resolve("gebieden").toString())
                .where(org.apache
                        .spark
                        .sql
                        .functions
                        .col("_load_id")
                        .equalTo(latest.get(0).getString(0)))
                .where("postcode is not null and wijk_code is not null")
                .select("postcode", "wijk_code")
                .orderBy("_rij")
                .collectAsList();
        Map<String, String> map = new HashMap<>();
        for (Row r : rows) {
            map.putIfAbsent(r.getString(0), r.getString(1));
        }
        return new PostcodeWijken(map);
    }
}

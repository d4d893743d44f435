package nl.dekkend.ingest.bronze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads the manifest {@code <lake>/bronze/_loads}. */
public final class Manifest {

    private Manifest() {}

    public static List<ManifestRow> read(SparkSession spark, Path lake) {
        Path path = lake.resolve("bronze").resolve(BronzeSchemas.LOADS);
        if (!Files.isDirectory(path.resolve("_delta_log"))) {
            return List.of();
        }
        List<Row> rows = spark.read()
                .format("delta")
                .load(path.toString())
                .select(
                        "load_id",
                        "bron",
                        "bestand",
                        "bestand_hash",
                        "status",
                        "rijen",
                        "geladen",
                        "quarantaine",
                        "melding",
                        "begonnen_op",
                        "klaar_op")
                .orderBy("klaar_op", "load_id")
                .collectAsList();
        List<ManifestRow> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new ManifestRow(
                    r.getString(0),
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getLong(5),
                    r.getLong(6),
                    r.getLong(7),
                    r.getString(8),
                    ((Timestamp) r.get(9)).toInstant(),
                    ((Timestamp) r.get(10)).toInstant()));
        }
        return out;
    }
}

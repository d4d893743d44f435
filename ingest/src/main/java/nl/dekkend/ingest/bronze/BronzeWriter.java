package nl.dekkend.ingest.bronze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.ingest.contract.Contract;
import nl.dekkend.ingest.validate.BronzeRow;
import nl.dekkend.ingest.validate.QuarantineEntry;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Appends to the bronze Delta tables: one commit per file per table. The caller commits a load's
 * bronze rows, then its quarantine rows, then its manifest row.
 */
public final class BronzeWriter {

    private final SparkSession spark;
    private final Path bronze;

    public BronzeWriter(SparkSession spark, Path lake) {
        this.spark = spark;
        this.bronze = lake.resolve("bronze");
    }

    public Path tablePath(String name) {
        return bronze.resolve(name);
    }

    /**
     * Creates the table empty with its schema when it does not exist yet; adds the columns a newer
     * contract declares to a table that exists (existing rows get null).
     */
    public void ensureTable(String name, StructType schema) {
        Path path = tablePath(name);
        if (!Files.isDirectory(path.resolve("_delta_log"))) {
            append(name, schema, List.of());
            return;
        }
        java.util.Set<String> existing = java.util.Set.of(
                spark.read().format("delta").load(path.toString()).schema().fieldNames());
        if (!existing.containsAll(java.util.Arrays.asList(schema.fieldNames()))) {
            append(name, schema, List.of());
        }
    }

    public void ensureTables(List<Contract> contracts) {
        for (Contract c : contracts) {
            ensureTable(c.bron(), BronzeSchemas.bronze(c));
        }
        ensureTable(BronzeSchemas.QUARANTINE, BronzeSchemas.QUARANTINE_SCHEMA);
        ensureTable(BronzeSchemas.LOADS, BronzeSchemas.LOADS_SCHEMA);
    }

    public void writeRows(Contract contract, List<BronzeRow> rows, ManifestRow load) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(load.begonnenOp());
        List<Row> out = new ArrayList<>(rows.size());
        for (BronzeRow r : rows) {
            Object[] v = new Object[r.values().size() + BronzeSchemas.LINEAGE.size()];
            int i = 0;
            for (Object value : r.values()) {
                v[i++] = value instanceof LocalDate d ? java.sql.Date.valueOf(d) : value;
            }
            v[i++] = load.loadId();
            v[i++] = load.bestand();
            v[i++] = load.bestandHash();
            v[i++] = r.rij();
            v[i++] = r.periode();
            v[i] = at;
            out.add(RowFactory.create(v));
        }
        append(contract.bron(), BronzeSchemas.bronze(contract), out);
    }

    public void writeQuarantine(List<QuarantineEntry> entries, ManifestRow load) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(load.begonnenOp());
        List<Row> out = new ArrayList<>(entries.size());
        for (QuarantineEntry q : entries) {
            out.add(RowFactory.create(
                    load.loadId(), load.bron(), load.bestand(), q.rij(), q.kolom(), q.waarde(), q.reden(), at));
        }
        append(BronzeSchemas.QUARANTINE, BronzeSchemas.QUARANTINE_SCHEMA, out);
    }

    public void writeManifest(ManifestRow m) {
        Row row = RowFactory.create(
                m.loadId(),
                m.bron(),
                m.bestand(),
                m.bestandHash(),
                m.status(),
                m.rijen(),
                m.geladen(),
                m.quarantaine(),
                m.melding(),
                Timestamp.from(m.begonnenOp()),
                Timestamp.from(m.klaarOp()));
        append(BronzeSchemas.LOADS, BronzeSchemas.LOADS_SCHEMA, List.of(row));
    }

    /** The manifest as it stands, or empty when there is none yet. */
    public List<ManifestRow> readManifest() {
        return Manifest.read(spark, bronze.getParent());
    }

    private void append(String table, StructType schema, List<Row> rows) {
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        if (rows.size() < 50_000) {
            df = df.coalesce(1);
        }
        df.write()
                .format("delta")
                .mode("append")
                .option("mergeSchema", "true")
                .save(tablePath(table).toString());
    }
}

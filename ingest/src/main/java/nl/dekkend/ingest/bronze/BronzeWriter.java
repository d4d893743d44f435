package nl.dekkend.ingest.bronze;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.ingest.contract.Contract;
import nl.dekkend.ingest.validate.BronzeRow;
import nl.dekkend.ingest.validate.QuarantineEntry;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Appends to the bronze Delta tables with as few commits as a run allows: the rows of a source are
 * collected while its files are read and committed once ({@link #flushRows}), or every
 * {@value #MAX_PENDING_ROWS} rows so a national inbox never holds a whole source in memory; the quarantine rows and
 * the manifest rows of the whole run are committed last ({@link #commit}), quarantine first, the manifest
 * as the very last commit. Bronze rows of a load without a manifest row are invisible, so a run that
 * stops anywhere before the last commit leaves nothing half-visible; the rerun loads the files again.
 *
 * <p>A table is created by its first append with the contract's schema; a newer contract's columns are
 * added by the append itself (Delta's schema merge; existing rows get null). A source that never arrived
 * has no table, which transform reads as empty.
 */
public final class BronzeWriter {

    /** The most rows of one source held in memory before they are committed. */
    static final int MAX_PENDING_ROWS = 250_000;

    private final SparkSession spark;
    private final Path bronze;
    private final java.util.Map<String, Pending> pending = new java.util.LinkedHashMap<>();
    private final List<Row> quarantine = new ArrayList<>();
    private final List<ManifestRow> manifest = new ArrayList<>();

    private record Pending(StructType schema, List<Row> rows) {}

    private final int maxPendingRows;

    public BronzeWriter(SparkSession spark, Path lake) {
        this(spark, lake, MAX_PENDING_ROWS);
    }

    BronzeWriter(SparkSession spark, Path lake, int maxPendingRows) {
        this.spark = spark;
        this.bronze = lake.resolve("bronze");
        this.maxPendingRows = maxPendingRows;
    }

    public Path tablePath(String name) {
        return bronze.resolve(name);
    }

    /** Collects a load's bronze rows for its source's commit; {@code swv} is the delivering SWV, or null. */
    public void addRows(Contract contract, List<BronzeRow> rows, ManifestRow load, String swv) {
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
            v[i++] = at;
            v[i] = swv;
            out.add(RowFactory.create(v));
        }
        Pending source = pending.computeIfAbsent(
                contract.bron(), b -> new Pending(BronzeSchemas.bronze(contract), new ArrayList<>()));
        source.rows().addAll(out);
        if (source.rows().size() >= maxPendingRows) {
            append(contract.bron(), source.schema(), source.rows());
            pending.remove(contract.bron());
        }
    }

    /** Commits the collected bronze rows: one commit per source (more only for a source over the bound). */
    public void flushRows() {
        for (var entry : pending.entrySet()) {
            append(entry.getKey(), entry.getValue().schema(), entry.getValue().rows());
        }
        pending.clear();
    }

    /** Commits the run: remaining bronze rows, then the quarantine rows, then the manifest rows. */
    public void commit() {
        flushRows();
        if (!quarantine.isEmpty()) {
            append(BronzeSchemas.QUARANTINE, BronzeSchemas.QUARANTINE_SCHEMA, List.copyOf(quarantine));
            quarantine.clear();
        }
        if (!manifest.isEmpty()) {
            List<Row> out = new ArrayList<>(manifest.size());
            for (ManifestRow m : manifest) {
                out.add(RowFactory.create(
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
                        Timestamp.from(m.klaarOp())));
            }
            append(BronzeSchemas.LOADS, BronzeSchemas.LOADS_SCHEMA, out);
            manifest.clear();
        }
    }

    /** The manifest rows of this run that {@link #commit} has not written yet. */
    public List<ManifestRow> pendingManifest() {
        return List.copyOf(manifest);
    }

    /** Collects a load's quarantine rows for the run's commit. */
    public void addQuarantine(List<QuarantineEntry> entries, ManifestRow load) {
        if (entries.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(load.begonnenOp());
        for (QuarantineEntry q : entries) {
            quarantine.add(RowFactory.create(
                    load.loadId(), load.bron(), load.bestand(), q.rij(), q.kolom(), q.waarde(), q.reden(), at));
        }
    }

    /** Collects a load's manifest row; {@link #commit} writes the run's rows as its last commit. */
    public void addManifest(ManifestRow m) {
        manifest.add(m);
    }

    /** The manifest as it stands, or empty when there is none yet. */
    public List<ManifestRow> readManifest() {
        return Manifest.read(spark, bronze.getParent());
    }

    /**
     * Appends the rows as a distributed collection, which Spark converts in the write's tasks. As a local relation
     * (Spark's {@code createDataFrame} of a list) the driver converted every row first and the optimizer and Delta's
     * planning of the write (statistics, invariants) copied that relation again, all while the rows themselves were
     * still held. Ingest's test of DUO's real files (file 06: 292.110 rows), five alternated pairs: 32,0 / 30,6 / 32,9 /
     * 30,0 / 35,4 s before, 28,0 / 25,2 / 24,8 / 25,3 / 25,0 s this way (collector pauses in one run each: 6,9 against
     * 3,0 s).
     */
    private void append(String table, StructType schema, List<Row> rows) {
        int slices = rows.size() < 50_000 ? 1 : spark.sparkContext().defaultParallelism();
        Dataset<Row> df = spark.createDataFrame(
                JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, slices), schema);
        df.write()
                .format("delta")
                .mode("append")
                .option("mergeSchema", "true")
                .save(tablePath(table).toString());
    }
}

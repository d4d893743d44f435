package nl.dekkend.transform.bronze;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.dekkend.transform.runner.ModelStore;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Registers the bronze layer for the staging models, applying the one rule of which rows count: per
 * source, delivering SWV ({@code _swv}, null for a flat inbox) and {@code _periode}, only the rows of the newest
 * committed load (status {@code geladen} or {@code deels_geladen} in the manifest) that covered that period; so in
 * a national lake one SWV's file never replaces another's. Rows of a load that never reached the
 * manifest (a crash mid-way) are invisible. DUO's sources ({@link #NATIONAL_PUBLICATIONS}) are national
 * publications, not an SWV's own registration: a row with the same contract key delivered by several SWVs is one
 * fact, so of those only the row(s) of the newest load count.
 *
 * <p>Views: {@code raw_<bron>} per source, {@code raw__loads} (manifest), {@code raw__quarantine}, and
 * {@code bronze_inventory} (bron, rijen, nieuwste_periode) over the counted rows. A source's inventory row is kept
 * in {@code inventoryDir} under the digest of its rows, so a run that reads only a few sources does not scan every
 * bronze table to count the others.
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

    /**
     * DUO's sources and their contract keys ({@code sleutel} in ingest's contract; {@code BronzeViewsTest} holds them
     * equal): in a national lake every SWV delivers the same national publication, so a key counts once.
     */
    public static final Map<String, List<String>> NATIONAL_PUBLICATIONS = Map.of(
            "duo_landelijk", List.of("teldatum"),
            "duo_leerlingen_gemeente", List.of("swv_code", "gemeente_naam", "teldatum"),
            "duo_leerlingen_swv", List.of("swv_code", "teldatum"),
            "duo_leerlingen_vestiging", List.of("vestigingscode"),
            "duo_so_leeftijd", List.of("swv_code", "teldatum", "categorie"),
            "duo_vestigingen_bo", List.of("vestigingscode"));

    private final SparkSession spark;
    private final Path bronzeDir;
    private final BronzeSources sources;
    private final Path inventoryDir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The {@code raw_<bron>} views not registered yet: registering one loads its Delta snapshot and plans its cache
     * (about a second per table), which a run pays only for the sources a computed model reads (see {@link
     * #prepare}).
     */
    private final Map<String, Runnable> pending = new HashMap<>();

    /** The rows that count of the largest source, once {@link #register}ed (0 for a lake without sources). */
    private long largestSource;

    private static final StructType INVENTORY = new StructType()
            .add("bron", DataTypes.StringType, false)
            .add("rijen", DataTypes.LongType, false)
            .add("nieuwste_periode", DataTypes.StringType, true);

    public BronzeViews(SparkSession spark, Path bronzeDir, BronzeSources sources, Path inventoryDir) {
        this.spark = spark;
        this.bronzeDir = bronzeDir;
        this.sources = sources;
        this.inventoryDir = inventoryDir;
    }

    /**
     * Registers {@code raw__loads}, {@code raw__quarantine} and {@code bronze_inventory} now and each {@code
     * raw_<bron>} when {@link #prepare}d; returns per view a digest that changes whenever the rows it shows may have
     * changed (for the model store): the Delta state of the tables it reads and, for {@code raw_<bron>}, its declared schema and
     * the committed loads of that source, since the manifest decides which of its rows count.
     */
    public Map<String, String> register() {
        Map<String, String> digests = new HashMap<>();
        String code = ModelStore.classDigest(BronzeViews.class, BronzeSources.class);
        Dataset<Row> loads = deltaOrEmpty("_loads", LOADS);
        loads.createOrReplaceTempView("raw__loads");
        digests.put("raw__loads", ModelStore.digest(List.of(code, LOADS.json(), deltaState("_loads"))));
        deltaOrEmpty("_quarantine", QUARANTINE).createOrReplaceTempView("raw__quarantine");
        digests.put("raw__quarantine", ModelStore.digest(List.of(code, QUARANTINE.json(), deltaState("_quarantine"))));
        Dataset<Row> committed =
                loads.filter(col("status").isin(COMMITTED.toArray())).select(col("load_id"), col("klaar_op"));
        Map<String, List<String>> committedPerBron = new TreeMap<>();
        for (Row load : loads.filter(col("status").isin(COMMITTED.toArray()))
                .select(col("bron"), col("load_id"), col("klaar_op"))
                .collectAsList()) {
            committedPerBron
                    .computeIfAbsent(load.getString(0), b -> new ArrayList<>())
                    .add(load.getString(1) + " " + load.get(2));
        }

        List<String> names = sources.schemas().keySet().stream().sorted().toList();
        List<String> inventoryParts = new ArrayList<>();
        Map<String, Row> inventory = new TreeMap<>();
        List<String> toCount = new ArrayList<>();
        Map<String, String> bronDigests = new HashMap<>();
        for (String bron : names) {
            StructType schema = sources.schemas().get(bron);
            List<String> parts = new ArrayList<>(List.of(code, schema.json(), deltaState(bron)));
            parts.addAll(committedPerBron.getOrDefault(bron, List.of()).stream()
                    .sorted()
                    .toList());
            String digest = ModelStore.digest(parts);
            digests.put("raw_" + bron, digest);
            bronDigests.put(bron, digest);
            inventoryParts.add(bron + "=" + digest);
            Optional<Row> kept = keptInventory(bron, digest);
            pending.put("raw_" + bron, () -> registerSource(bron, schema, committed));
            if (kept.isPresent()) {
                inventory.put(bron, kept.get());
            } else {
                toCount.add(bron);
            }
        }
        if (!toCount.isEmpty()) {
            // the sources whose rows changed since the last run, counted in one job
            Dataset<Row> union = null;
            for (String bron : toCount) {
                prepare("raw_" + bron);
                Dataset<Row> counted = spark.table("raw_" + bron)
                        .agg(
                                count(lit(1)).as("rijen"),
                                max(when(col("_periode").notEqual(""), col("_periode")))
                                        .as("nieuwste_periode"))
                        .withColumn("bron", lit(bron))
                        .select("bron", "rijen", "nieuwste_periode");
                union = union == null ? counted : union.unionByName(counted);
            }
            for (Row row : union.collectAsList()) {
                String bron = row.getString(0);
                Row kept = RowFactory.create(
                        bron,
                        row.getLong(1),
                        row.isNullAt(2) ? null : row.get(2).toString());
                inventory.put(bron, kept);
                keepInventory(bron, bronDigests.get(bron), kept);
            }
        }
        if (!names.isEmpty()) {
            largestSource = inventory.values().stream()
                    .mapToLong(row -> row.getLong(1))
                    .max()
                    .orElse(0);
            spark.createDataFrame(List.copyOf(inventory.values()), INVENTORY)
                    .createOrReplaceTempView("bronze_inventory");
            digests.put("bronze_inventory", ModelStore.digest(inventoryParts));
        }
        return digests;
    }

    /** The number of rows that count of the largest source (as {@code bronze_inventory} shows); call after register. */
    public long largestSource() {
        return largestSource;
    }

    /**
     * Registers the {@code raw_<bron>} views among {@code views} that are not registered yet: call before running SQL
     * that may read them (the model runner does, with every view a model names).
     */
    public synchronized void prepare(Collection<String> views) {
        for (String view : views) {
            Runnable register = pending.remove(view);
            if (register != null) {
                register.run();
            }
        }
    }

    private void prepare(String view) {
        prepare(List.of(view));
    }

    /** Registers the pending {@code raw_<bron>} views that {@code text} (a model's SQL and tests) names as a word. */
    public synchronized void prepareFor(String text) {
        List<String> named = pending.keySet().stream()
                .filter(view -> java.util.regex.Pattern.compile(
                                "\\b" + view + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE)
                        .matcher(text)
                        .find())
                .toList();
        prepare(named);
    }

    /** {@code raw_<bron>}: the rows that count (see the class comment), cached for the models that read them. */
    private void registerSource(String bron, StructType schema, Dataset<Row> committed) {
        Dataset<Row> stored = deltaOrEmpty(bron, schema);
        Dataset<Row> bronze = stored.select(typed(schema, java.util.Set.of(stored.columns())));
        current(bronze, committed, NATIONAL_PUBLICATIONS.getOrDefault(bron, List.of()))
                .createOrReplaceTempView("raw_" + bron);
        spark.catalog().cacheTable("raw_" + bron);
    }

    /** A source's inventory row kept by an earlier run for the same digest of its rows, if any. */
    private Optional<Row> keptInventory(String bron, String digest) {
        Path file = inventoryDir.resolve(bron + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode kept = JSON.readTree(file.toFile());
            if (!digest.equals(kept.path("digest").asText())) {
                return Optional.empty();
            }
            JsonNode periode = kept.path("nieuwste_periode");
            return Optional.of(RowFactory.create(
                    bron,
                    kept.path("rijen").asLong(),
                    periode.isNull() || periode.isMissingNode() ? null : periode.asText()));
        } catch (IOException e) {
            return Optional.empty(); // unreadable (a run killed while writing it): count again
        }
    }

    /** Keeps a source's inventory row for the next run: written beside and renamed, so it is whole or absent. */
    private void keepInventory(String bron, String digest, Row row) {
        try {
            Files.createDirectories(inventoryDir);
            ObjectNode kept = JSON.createObjectNode()
                    .put("digest", digest)
                    .put("rijen", row.getLong(1))
                    .put("nieuwste_periode", row.isNullAt(2) ? null : row.getString(2));
            Path file = inventoryDir.resolve(bron + ".json");
            Path partial = inventoryDir.resolve(bron + ".json." + java.util.UUID.randomUUID());
            Files.writeString(partial, JSON.writeValueAsString(kept), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the inventory of " + bron + " in " + inventoryDir, e);
        }
    }

    /**
     * The state of a Delta table: its newest commit's version and a hash of that commit file (which names the
     * files it added and removed), or "none" for a table that does not exist. A newer commit, or a table deleted
     * and written again, gives another state.
     */
    private String deltaState(String table) {
        Path log = bronzeDir.resolve(table).resolve("_delta_log");
        if (!Files.isDirectory(log)) {
            return "none";
        }
        try (Stream<Path> files = Files.list(log)) {
            Path newest = files.filter(f -> f.getFileName().toString().matches("\\d{20}\\.json"))
                    .max(Comparator.comparing(f -> f.getFileName().toString()))
                    .orElse(null);
            if (newest == null) {
                return "none";
            }
            return newest.getFileName() + " " + ModelStore.digest(List.of(Files.readString(newest)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Delta log of " + log, e);
        }
    }

    /**
     * The rows that count (see the class comment): per {@code _swv} and {@code _periode} the newest committed load;
     * with a {@code nationalKey} (a national publication) then per value of that key only the newest of those loads,
     * whichever SWV delivered it. In a flat inbox the key never repeats across the loads that count, so it changes
     * nothing there.
     */
    static Dataset<Row> current(Dataset<Row> bronze, Dataset<Row> committedLoads, List<String> nationalKey) {
        WindowSpec newestFirst = Window.partitionBy(col("_swv"), col("_periode"))
                .orderBy(col("klaar_op").desc(), col("_load_id").desc());
        Dataset<Row> counted = bronze.join(
                        committedLoads, bronze.col("_load_id").equalTo(committedLoads.col("load_id")), "inner")
                .withColumn("_load_rank", dense_rank().over(newestFirst))
                .filter(col("_load_rank").equalTo(1));
        if (!nationalKey.isEmpty()) {
            WindowSpec newestPerKey = Window.partitionBy(
                            nationalKey.stream().map(k -> col(k)).toArray(Column[]::new))
                    .orderBy(col("klaar_op").desc(), col("_load_id").desc());
            counted = counted.withColumn("_load_rank", dense_rank().over(newestPerKey))
                    .filter(col("_load_rank").equalTo(1));
        }
        return counted.drop("_load_rank", "load_id", "klaar_op");
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

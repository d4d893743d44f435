package nl.dekkend.transform.runner;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The stored result of every model, so a run recomputes only the models whose inputs changed:
 * {@code <lake>/models/<model>/<fingerprint>/} holds the model's rows as parquet ({@code rows/}) and, written last,
 * {@code entry.json} (the rows' schema and the model's data test results). An entry is built in a folder of its own
 * and renamed into place once complete, and counts only with its {@code entry.json}: a run killed half-way leaves
 * nothing that a later run trusts.
 *
 * <p>A model's fingerprint (see {@link Fingerprinter}) is a hash of everything its rows and tests can depend on:
 * {@link #FORMAT}, the Spark version and the session settings that change results, the SQL functions, the model's
 * SQL and yml, the digest of every input view its text names (bronze, manifest, catalog, own SWV; each registered
 * with a digest by the transform job) and the content digest of the rows of every model it reads (see
 * {@link RowDigest}; kept in the entry, so a reused model has it too). Equal fingerprint, equal rows. An upstream
 * model that is recomputed but holds the same rows leaves the fingerprints below it as they were. A model that
 * calls a function whose result changes from run to run is never reused; one that reads the date
 * ({@code current_date}) is reused on the same day only.
 */
public final class ModelStore {

    /**
     * The version of what a stored entry means. Raise it whenever what a model computes from the same inputs
     * changes in a way the fingerprint cannot see (a new build of the runner, the data tests, the bronze rule or
     * the catalog views changes it already, see {@link #classDigest}): every stored entry is then recomputed once.
     */
    public static final String FORMAT = "2";

    private static final String ENTRY = "entry.json";
    private static final String ROWS = "rows";
    private static final String BUILDING = "_bezig-";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The settings of the session that change what the same SQL computes. */
    private static final List<String> SETTINGS = List.of(
            "spark.sql.session.timeZone",
            "spark.sql.ansi.enabled",
            "spark.sql.legacy.timeParserPolicy",
            "spark.sql.storeAssignmentPolicy");

    /** Functions whose result differs between two runs over the same rows: a model calling one is never reused. */
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(?:(?:rand|randn|random|uniform|randstr|uuid|shuffle|now|monotonically_increasing_id"
                    + "|spark_partition_id|input_file_name|input_file_block_start|input_file_block_length"
                    + "|unix_timestamp|current_user|session_user)\\s*\\("
                    + "|(?:current_timestamp|localtimestamp|current_time)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Today's date: a model reading it is reused on the same day only. */
    private static final Pattern TODAY =
            Pattern.compile("\\b(?:current_date|curdate\\s*\\()", Pattern.CASE_INSENSITIVE);

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final SparkSession spark;
    private final Path root;

    public ModelStore(SparkSession spark, Path root) {
        this.spark = spark;
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** What an entry keeps besides the rows: their schema, content digest and the model's data test results. */
    private record Entry(
            @JsonProperty("model") String model,
            @JsonProperty("fingerprint") String fingerprint,
            @JsonProperty("schema") String schema,
            @JsonProperty("content") String content,
            @JsonProperty("tests") List<DataTestResult> tests) {}

    /**
     * A stored model: its rows (a scan of the stored files, no Spark job), their content digest (see
     * {@link RowDigest}) and its data test results.
     */
    public record Stored(Dataset<Row> rows, String content, List<DataTestResult> tests) {}

    /** The complete entry of this model and fingerprint, if there is one. */
    public Optional<Stored> find(String model, String fingerprint) {
        Path dir = root.resolve(model).resolve(fingerprint);
        Path entryFile = dir.resolve(ENTRY);
        if (!Files.isRegularFile(entryFile)) {
            return Optional.empty();
        }
        try {
            Entry entry = JSON.readValue(entryFile.toFile(), Entry.class);
            StructType schema = (StructType) DataType.fromJson(entry.schema());
            Dataset<Row> rows =
                    spark.read().schema(schema).parquet(dir.resolve(ROWS).toString());
            return Optional.of(new Stored(rows, entry.content(), List.copyOf(entry.tests())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored model " + dir, e);
        }
    }

    /**
     * Stores a computed model: the rows and then {@code entry.json} in a folder of their own, renamed to
     * {@code <model>/<fingerprint>} once complete. A folder already there without its entry (a run killed while
     * renaming) is replaced; a complete one is kept.
     */
    public void write(String model, String fingerprint, Dataset<Row> rows, String content, List<DataTestResult> tests) {
        Path modelDir = root.resolve(model);
        Path building = modelDir.resolve(BUILDING + fingerprint + "-" + UUID.randomUUID());
        Path target = modelDir.resolve(fingerprint);
        try {
            rows.write().parquet(building.resolve(ROWS).toString());
            Entry entry = new Entry(model, fingerprint, rows.schema().json(), content, tests);
            Files.writeString(building.resolve(ENTRY), JSON.writeValueAsString(entry), StandardCharsets.UTF_8);
            if (Files.isDirectory(target) && !Files.isRegularFile(target.resolve(ENTRY))) {
                delete(target);
            }
            try {
                Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another run stored the same entry first (same fingerprint, same rows)
                delete(building);
            } catch (IOException e) {
                if (Files.isRegularFile(target.resolve(ENTRY))) {
                    delete(building);
                } else {
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store model " + model + " in " + target, e);
        }
    }

    /**
     * Removes every entry but the given fingerprint of each model, the folders of models that are gone, and
     * unfinished entries. Call after a successful run, with the fingerprints it used.
     */
    public void keepOnly(Map<String, String> fingerprints) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> models = Files.list(root)) {
            for (Path modelDir : models.toList()) {
                String current = fingerprints.get(modelDir.getFileName().toString());
                if (current == null) {
                    delete(modelDir);
                    continue;
                }
                try (Stream<Path> entries = Files.list(modelDir)) {
                    for (Path entry : entries.toList()) {
                        if (!entry.getFileName().toString().equals(current)) {
                            delete(entry);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the model store " + root, e);
        }
    }

    /**
     * Computes fingerprints during a run: a model's fingerprint is known once the models it reads are done (computed
     * or reused), since it takes their content digests. {@code inputs}: the digest of every view the models may read
     * that is not a model (each changes when what the view shows may have changed).
     */
    public static final class Fingerprinter {
        private final String common;
        private final String today;
        private final Map<String, String> inputs;

        public Fingerprinter(SparkSession spark, List<String> functions, Map<String, String> inputs) {
            List<String> environment = new ArrayList<>();
            environment.add("format " + FORMAT);
            environment.add(classDigest(ModelRunner.class, DataTests.class, ModelStore.class, RowDigest.class));
            environment.add("spark " + spark.version());
            SETTINGS.forEach(s -> environment.add(s + "=" + spark.conf().get(s)));
            environment.addAll(functions);
            this.common = digest(environment);
            this.today = java.time.LocalDate.now(
                            java.time.ZoneId.of(spark.conf().get("spark.sql.session.timeZone")))
                    .toString();
            this.inputs = Map.copyOf(inputs);
        }

        /**
         * The model's fingerprint. {@code upstream}: per model it reads ({@code kpi_rows} stands for every kpi
         * model, see {@link #kpiRows}), the content digest of its rows.
         */
        public String of(ModelFile model, Map<String, String> upstream) {
            String text = ModelRunner.readingText(model);
            List<String> parts = new ArrayList<>();
            parts.add(common);
            parts.add(model.layer() + " " + model.name());
            parts.add(model.sql());
            parts.add(model.spec().toString());
            for (String view : namedIn(text, inputs.keySet())) {
                parts.add("input " + view + "=" + inputs.get(view));
            }
            new TreeMap<>(upstream).forEach((name, content) -> parts.add("model " + name + "=" + content));
            if (TODAY.matcher(text).find()) {
                parts.add("date " + today);
            }
            return digest(parts);
        }

        /** The content digest of {@code kpi_rows}: those of all kpi models, per model. */
        public static String kpiRows(Map<String, String> kpiContents) {
            return digest(new TreeMap<>(kpiContents)
                    .entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .toList());
        }
    }

    /** True when a model's result may differ between two runs over the same inputs: never reused. */
    static boolean isVolatile(ModelFile model) {
        return VOLATILE.matcher(ModelRunner.readingText(model)).find();
    }

    /** The names of {@code names} that occur as a word in {@code text}, sorted. */
    static Set<String> namedIn(String text, Set<String> names) {
        Set<String> found = new TreeSet<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (names.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /**
     * A digest of the compiled classes that decide what a model computes from its inputs, so a new build of them
     * does not reuse what an older one stored (besides {@link #FORMAT}, which says so explicitly).
     */
    public static String classDigest(Class<?>... classes) {
        List<String> parts = new ArrayList<>();
        for (Class<?> c : classes) {
            try (var in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                if (in == null) {
                    throw new IllegalStateException("cannot read the class file of " + c.getName());
                }
                parts.add(c.getName() + " " + HexFormat.of().formatHex(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the class file of " + c.getName(), e);
            }
        }
        return digest(parts);
    }

    /** A SHA-256 of the parts (each length-prefixed, so no two lists give the same text), as hex. */
    public static String digest(List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

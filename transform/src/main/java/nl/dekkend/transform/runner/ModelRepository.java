package nl.dekkend.transform.runner;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the models under {@code models/<layer>/} on the classpath (a folder in development, the jar when
 * installed): every {@code <name>.sql} with its sibling {@code <name>.yml}.
 */
public final class ModelRepository {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path root;

    /** The models a selection keeps (see {@link #selecting}); empty: every model under {@link #root}. */
    private final Optional<Set<String>> selected;

    private ModelRepository(Path root, Optional<Set<String>> selected) {
        this.root = root;
        this.selected = selected;
    }

    private ModelRepository(Path root) {
        this(root, Optional.empty());
    }

    /** The models packaged with Dekkend. */
    public static ModelRepository onClasspath() {
        try {
            URI uri = ModelRepository.class
                    .getResource("/models/kpis/kpi_catalog.yml")
                    .toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new ModelRepository(fs.getPath("/models"));
            }
            return new ModelRepository(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the packaged models", e);
        }
    }

    /** Models in a folder laid out like {@code models/} (tests). */
    public static ModelRepository in(Path root) {
        return new ModelRepository(root);
    }

    public Path root() {
        return root;
    }

    /**
     * The same repository holding only the named models and every model they read, directly or through others
     * (like dbt's {@code --select +model}). {@code kpi_rows}, the union of the kpi models, then unions only the kpi
     * models in the selection: a serving model over it shows the indicators of the selected kpi models. The sources,
     * functions and catalog stay those of the whole repository. Tests use it to run the part of the graph they
     * check; a selection is never published (the warehouse requires every serving table).
     */
    public ModelRepository selecting(Collection<String> models) {
        List<ModelFile> all = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            all.addAll(layer(layer));
        }
        Map<String, List<String>> upstream = ModelRunner.upstream(all);
        Map<String, ModelFile> byName = new LinkedHashMap<>();
        all.forEach(m -> byName.put(m.name(), m));
        Set<String> keep = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(models);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException("no model named '" + name + "' under " + root);
            }
            if (keep.add(name)) {
                upstream.get(name).stream()
                        .filter(read -> !ModelRunner.KPI_ROWS.equals(read))
                        .forEach(todo::push);
            }
        }
        return new ModelRepository(root, Optional.of(Set.copyOf(keep)));
    }

    /** All models of a layer, sorted by name. */
    public List<ModelFile> layer(Layer layer) {
        Path dir = root.resolve(layer.folder());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<ModelFile> models = new ArrayList<>();
            for (Path sql : files.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .filter(p -> selected.isEmpty() || selected.get().contains(nameOf(p)))
                    .sorted()
                    .toList()) {
                models.add(read(layer, sql));
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list models in " + dir, e);
        }
    }

    private static String nameOf(Path sqlFile) {
        String file = sqlFile.getFileName().toString();
        return file.substring(0, file.length() - ".sql".length());
    }

    /** One model by name, searching every layer (of a selection: only its models). */
    public ModelFile model(String name) {
        if (selected.isPresent() && !selected.get().contains(name)) {
            throw new IllegalArgumentException("model '" + name + "' is not in the selection " + selected.get());
        }
        for (Layer layer : Layer.values()) {
            Path sql = root.resolve(layer.folder()).resolve(name + ".sql");
            if (Files.exists(sql)) {
                return read(layer, sql);
            }
        }
        throw new IllegalArgumentException("no model named '" + name + "' under " + root);
    }

    /** The SQL functions every model may use, as {@code create temporary function} statements. */
    public List<String> functions() {
        Path dir = root.resolve("functions");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> statements = new ArrayList<>();
            for (Path sql :
                    files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                statements.add(Files.readString(sql, StandardCharsets.UTF_8));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read functions in " + dir, e);
        }
    }

    /**
     * A {@link #functions()} statement as a DuckDB macro with the same body ({@code create or replace macro
     * name(a, b) as body}), so the bench's floor and its test run the kpi SQL, functions included, in DuckDB too.
     * The parameters lose their types: the body must not rely on Spark's casts of the arguments.
     */
    public static String asDuckDbMacro(String function) {
        int keyword = function.indexOf("function ");
        if (keyword < 0) {
            throw new IllegalArgumentException("not a create function statement: " + function);
        }
        int start = keyword + "function ".length();
        int open = function.indexOf('(', start);
        String name = function.substring(start, open).trim();
        List<String> params = new ArrayList<>();
        int depth = 0;
        int from = open + 1;
        int i = from;
        for (; depth >= 0; i++) {
            char c = function.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if ((c == ',' && depth == 0) || depth < 0) {
                params.add(function.substring(from, i).trim().split("\\s+")[0]);
                from = i + 1;
            }
        }
        java.util.regex.Matcher body =
                java.util.regex.Pattern.compile("(?m)^return\\s").matcher(function);
        if (!body.find(i)) {
            throw new IllegalArgumentException("no line starting with return in: " + function);
        }
        return "create or replace macro " + name + "(" + String.join(", ", params) + ") as "
                + function.substring(body.end());
    }

    private static ModelFile read(Layer layer, Path sqlFile) {
        String name = nameOf(sqlFile);
        Path yml = sqlFile.resolveSibling(name + ".yml");
        if (!Files.exists(yml)) {
            throw new IllegalStateException("model " + name + " has no sibling " + name + ".yml stating its grain");
        }
        try {
            String sql = Files.readString(sqlFile, StandardCharsets.UTF_8);
            ModelSpec spec = YAML.readValue(Files.readString(yml, StandardCharsets.UTF_8), ModelSpec.class);
            return new ModelFile(name, layer, sql, spec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name + " (" + sqlFile + ")", e);
        }
    }
}

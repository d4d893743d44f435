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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the models under {@code models/<layer>/} on the classpath (a folder in development, the jar when
 * installed): every {@code <name>.sql} with its sibling {@code <name>.yml}.
 */
public final class ModelRepository {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path root;

    private ModelRepository(Path root) {
        this.root = root;
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

    /** All models of a layer, sorted by name. */
    public List<ModelFile> layer(Layer layer) {
        Path dir = root.resolve(layer.folder());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<ModelFile> models = new ArrayList<>();
            for (Path sql : files.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted()
                    .toList()) {
                models.add(read(layer, sql));
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list models in " + dir, e);
        }
    }

    /** One model by name, searching every layer. */
    public ModelFile model(String name) {
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
        String file = sqlFile.getFileName().toString();
        String name = file.substring(0, file.length() - ".sql".length());
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

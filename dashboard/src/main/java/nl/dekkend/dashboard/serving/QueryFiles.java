package nl.dekkend.dashboard.serving;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the SQL of a named query from {@code queries/<feature>/<name>.sql} on the classpath, once. */
public final class QueryFiles {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String sql(String name) {
        return cache.computeIfAbsent(name, QueryFiles::load);
    }

    private static String load(String name) {
        String resource = "queries/" + name + ".sql";
        try (InputStream in = QueryFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No query file on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query file " + resource, e);
        }
    }
}

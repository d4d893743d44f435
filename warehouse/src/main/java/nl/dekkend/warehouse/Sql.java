package nl.dekkend.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads a query from {@code queries/<name>.sql} on the classpath: SQL lives in files, not in Java. */
public final class Sql {

    private Sql() {}

    public static String load(String name) {
        String resource = "/queries/" + name + ".sql";
        try (InputStream in = Sql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no query " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.dekkend.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything one installation owns lives under its home folder: the lake, the published serving
 * database, the pseudonymisation key (outside the lake), logs. Built once here and handed down.
 */
public record Home(Path dir) {

    public Home {
        Objects.requireNonNull(dir, "dir");
        dir = dir.toAbsolutePath().normalize();
    }

    /** Where {@code dekkend demo} writes its generated files. */
    public Path demoInbox() {
        return dir.resolve("inbox");
    }

    public Path lake() {
        return dir.resolve("lake");
    }

    public Path warehouse() {
        return dir.resolve("warehouse");
    }

    public Path secrets() {
        return dir.resolve("secrets");
    }
}

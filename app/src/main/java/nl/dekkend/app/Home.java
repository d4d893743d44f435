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

    /** Where a national run publishes each SWV's own home ({@code swv/<SWV-code>/}). */
    public Path swvHomes() {
        return dir.resolve("swv");
    }

    /** The home of one SWV of a national run: an ordinary home, served with {@code dekkend serve --home}. */
    public Home swv(String code) {
        return new Home(swvHomes().resolve(code));
    }

    public Path secrets() {
        return dir.resolve("secrets");
    }
}

package nl.dekkend.warehouse;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where publications live: {@code current.duckdb} is a symbolic link to one file under
 * {@code publications/}; publishing swaps the link in one atomic rename. Readers (dashboard, CLI,
 * notebooks) open {@code current.duckdb} read-only.
 */
public record WarehouseLayout(Path dir) {

    public WarehouseLayout {
        Objects.requireNonNull(dir, "dir");
    }

    public Path current() {
        return dir.resolve("current.duckdb");
    }

    public Path publications() {
        return dir.resolve("publications");
    }

    /** Publications whose verification failed are kept here for inspection, never served. */
    public Path rejected() {
        return dir.resolve("afgekeurd");
    }
}

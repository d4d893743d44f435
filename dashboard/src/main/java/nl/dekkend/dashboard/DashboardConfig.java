package nl.dekkend.dashboard;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the dashboard needs to run: the warehouse folder that holds {@code current.duckdb} (a symlink to the
 * current publication) and {@code publications/}.
 */
public record DashboardConfig(Path warehouseDir) {

    public DashboardConfig {
        Objects.requireNonNull(warehouseDir, "warehouseDir must not be null");
    }

    /** The symlink the publish step swaps atomically. */
    public Path currentLink() {
        return warehouseDir.resolve("current.duckdb");
    }

    /** Where the warehouse keeps publications it refused to swap in (failed data tests); never served. */
    public Path refusedDir() {
        return warehouseDir.resolve("afgekeurd");
    }
}

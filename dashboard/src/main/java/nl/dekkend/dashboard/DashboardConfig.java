package nl.dekkend.dashboard;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import nl.dekkend.appdb.AppDatabase;

/**
 * What the dashboard needs to run: the warehouse folder that holds {@code current.duckdb} (a symlink to the
 * current publication) and {@code publications/}, the app database (accounts, tokens, audit log) and a clock (for
 * session timeouts and login throttling; tests set their own).
 */
public record DashboardConfig(Path warehouseDir, AppDatabase appDatabase, Clock clock) {

    public DashboardConfig {
        Objects.requireNonNull(warehouseDir, "warehouseDir must not be null");
        Objects.requireNonNull(appDatabase, "appDatabase must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
    }

    public DashboardConfig(Path warehouseDir, AppDatabase appDatabase) {
        this(warehouseDir, appDatabase, Clock.systemUTC());
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

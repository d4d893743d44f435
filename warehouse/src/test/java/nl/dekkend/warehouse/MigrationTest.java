package nl.dekkend.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void migratesAFreshDatabaseAndValidates() throws Exception {
        Path file = dir.resolve("fresh.duckdb");
        Flyway flyway = Duck.flyway(file);

        int applied = flyway.migrate().migrationsExecuted;
        flyway.validate();

        assertThat(applied).isEqualTo(flyway.info().applied().length).isGreaterThanOrEqualTo(2);
        assertThat(flyway.migrate().migrationsExecuted)
                .as("second migrate is a no-op")
                .isZero();
        List<String> tables = new ArrayList<>();
        try (Connection db = Duck.open(file);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery(Sql.load("publish/serving_tables"))) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        assertThat(tables)
                .containsExactly(
                        "data_test_results",
                        "dekkend_matrix",
                        "eigen_swv",
                        "file_loads",
                        "gebied_hierarchie",
                        "kpi_definitions",
                        "kpi_national",
                        "kpi_niveaus",
                        "kpi_norms",
                        "kpi_onderdrukking",
                        "kpi_survival",
                        "kpi_themas",
                        "kpi_values",
                        "lake_versions",
                        "leerlingstromen",
                        "quarantine_reasons",
                        "source_status",
                        "swv_vergelijking",
                        "thuisnabij_afstanden",
                        "vestiging_herkomst");
    }

    @Test
    void aNewFileIsACopyOfTheMigratedSchemaThatFlywayValidatesAndThatStandsOnItsOwn() throws Exception {
        Path migrated = dir.resolve("migrated.duckdb");
        Duck.flyway(migrated).migrate();
        Path first = dir.resolve("first.duckdb");
        Path second = dir.resolve("second.duckdb");

        String version = Duck.createMigrated(first);
        assertThat(Duck.createMigrated(second)).isEqualTo(version);

        // what Flyway sees: every migration applied, the same last version, nothing left to do
        Flyway flyway = Duck.flyway(first);
        flyway.validate();
        var applied = flyway.info().applied();
        assertThat(applied).hasSameSizeAs(Duck.flyway(migrated).info().applied());
        assertThat(applied[applied.length - 1].getVersion().getVersion()).isEqualTo(version);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        // the same tables and columns as a file Flyway migrated itself
        assertThat(columns(first)).isEqualTo(columns(migrated)).hasSizeGreaterThan(100);
        // a copy of its own: rows written to one are not in the other, and an existing file is never overwritten
        try (Connection db = Duck.open(first);
                Statement s = db.createStatement()) {
            s.execute("insert into eigen_swv values ('PO2001', 'gebieden')");
        }
        try (Connection db = Duck.open(second);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select count(*) from eigen_swv")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
        assertThatThrownBy(() -> Duck.createMigrated(first)).isInstanceOf(FileAlreadyExistsException.class);
        // the migrated file lives in memory: its temporary folder is gone, so a JVM killed later leaves nothing
        try (var tmp = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(tmp.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(Duck.TEMP_PREFIX));
        }
    }

    @Test
    void theTemporaryFolderOfAJvmKilledWhileMigratingIsDeletedAndThatOfARunningOneKept() throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Path dead = java.nio.file.Files.createDirectories(dir.resolve("dekkend-schema-" + exited.pid() + "-123"));
        java.nio.file.Files.writeString(dead.resolve("schema.duckdb.wal"), "half a migration");
        Path running = java.nio.file.Files.createDirectories(dir.resolve(Duck.TEMP_PREFIX + "456"));
        Path other = java.nio.file.Files.createDirectories(dir.resolve("dekkend-schema-" + exited.pid() + "-x"));

        Duck.sweep(dir);

        assertThat(dead).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(other).as("not a name Duck gives").isDirectory();
    }

    private static List<String> columns(Path file) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection db = Duck.openReadOnly(file);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select table_name || '.' || column_name || ' ' || data_type"
                        + " from information_schema.columns order by table_name, ordinal_position")) {
            while (r.next()) {
                columns.add(r.getString(1));
            }
        }
        return columns;
    }
}

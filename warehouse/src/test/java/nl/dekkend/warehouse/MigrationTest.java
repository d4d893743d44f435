package nl.dekkend.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

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
}

package nl.dekkend.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.warehouse.Duck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwvScopeTest {

    @TempDir
    Path dir;

    @Test
    void everyServingTableOfTheMigratedSchemaHasExactlyOneDeclaredScope() throws Exception {
        Path file = dir.resolve("schema.duckdb");
        Duck.createMigrated(file);
        List<String> served;
        try (Connection db = Duck.open(file)) {
            served = Publisher.servingTables(db);
        }

        List<String> declared = new ArrayList<>(
                SwvScope.load().tables().stream().map(SwvScope.Table::name).toList());
        declared.sort(null);

        assertThat(served).as("the migrated schema").hasSizeGreaterThanOrEqualTo(20);
        assertThat(declared)
                .as("one insert into per serving table in queries/publish/swv_scope.sql")
                .containsExactlyElementsOf(served);
    }

    @Test
    void theScriptSplitsIntoItsPreparationAndOneSelectPerTable() {
        SwvScope scope = SwvScope.load();

        assertThat(scope.preparation()).hasSize(2);
        assertThat(scope.preparation().get(0)).startsWith("create temp table swv_gebied");
        assertThat(scope.preparation().get(1)).startsWith("create temp table swv_bestand");
        assertThat(scope.tables()).allMatch(t -> t.select().startsWith("select"));
        assertThat(scope.tables()).noneMatch(t -> t.select().strip().endsWith(";"));
        assertThat(scope.tables()).noneMatch(t -> t.select().contains("--"));
    }
}

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
        Duck.flyway(file).migrate();
        List<String> served;
        try (Connection db = Duck.open(file)) {
            served = Publisher.servingTables(db);
        }

        List<String> declared = new ArrayList<>(SwvScope.load().tables());
        declared.sort(null);

        assertThat(served).as("the migrated schema").hasSizeGreaterThanOrEqualTo(20);
        assertThat(declared)
                .as("one insert into per serving table in queries/publish/swv_scope.sql")
                .containsExactlyElementsOf(served);
    }

    @Test
    void theScriptSplitsIntoItsStatements() {
        SwvScope scope = SwvScope.load();

        assertThat(scope.statements().get(0)).contains("create temp table swv_gebied");
        assertThat(scope.statements().get(1)).contains("create temp table swv_bestand");
        assertThat(scope.statements()).hasSize(2 + scope.tables().size());
        assertThat(scope.statements()).noneMatch(s -> s.strip().endsWith(";"));
    }
}

package nl.dekkend.dashboard.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.kpi.KpiQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServingDatabaseTest {

    @TempDir
    Path warehouseDir;

    @Test
    void withoutALinkThereIsNoPublication() {
        try (ServingDatabase database = new ServingDatabase(warehouseDir.resolve("current.duckdb"))) {
            assertThatThrownBy(database::open).isInstanceOf(NoPublicationException.class);
        }
    }

    @Test
    void opensReadOnly() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("pub-1", "po3009");
        try (ServingDatabase database = new ServingDatabase(fixture.config().currentLink());
                ServingReader reader = database.open()) {
            assertThatThrownBy(() -> reader.list("test/insert_publication", row -> 1))
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void aSwapServesTheNewFileAndClosesTheOldOneWhenItsLastReaderIsDone() throws Exception {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        Path first = fixture.publish("pub-1", "po3009");
        try (ServingDatabase database = new ServingDatabase(fixture.config().currentLink())) {
            ServingReader before = database.open();
            assertThat(sbo2013(before)).isEqualByComparingTo("1.83");

            fixture.publish("pub-2", "po3009", "deelname_sbo_2_00");

            try (ServingReader after = database.open()) {
                assertThat(sbo2013(after)).isEqualByComparingTo("2.00");
            }
            // the reader that started before the swap still reads its own publication
            assertThat(sbo2013(before)).isEqualByComparingTo("1.83");
            before.close();

            // the old file is closed: this process can open it read-write again
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + first)) {
                assertThat(connection.isClosed()).isFalse();
            }
        }
    }

    private static BigDecimal sbo2013(ServingReader reader) {
        return reader.list("toegang/swv_totals", KpiQueries::value, "deelname_sbo").stream()
                .filter(v -> v.periode().equals("2013-2014"))
                .findFirst()
                .orElseThrow()
                .waarde();
    }
}

package nl.dekkend.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiQueriesTest {

    @TempDir
    Path warehouseDir;

    @Test
    void ownSwvIsTheOneWithRowsBelowLevelSwvEvenWhenANeighbourSortsFirst() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "twee_swv");
        try (ServingDatabase database = new ServingDatabase(fixture.config().currentLink());
                ServingReader reader = database.open()) {
            assertThat(new KpiQueries(reader).swv()).contains(new Area("PO3009", "De Kempen"));
        }
    }

    @Test
    void withoutRowsBelowLevelSwvTheFirstSwvIsTaken() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "twee_swv", "twee_swv_zonder_onderliggend");
        try (ServingDatabase database = new ServingDatabase(fixture.config().currentLink());
                ServingReader reader = database.open()) {
            assertThat(new KpiQueries(reader).swv()).contains(new Area("PO2801", "Buurverband"));
        }
    }
}

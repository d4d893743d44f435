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
    void ownSwvIsTheOneTransformDeterminedEvenWhenANeighbourSortsFirst() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "twee_swv");
        try (ServingDatabase database = new ServingDatabase(fixture.config().currentLink());
                ServingReader reader = database.open()) {
            assertThat(new KpiQueries(reader).swv()).contains(new Area("PO3009", "De Kempen"));
        }
    }

    @Test
    void whenTheOwnSwvIsUnknownTheFirstSwvByCodeIsTaken() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "twee_swv", "eigen_swv_onbekend");
        try (ServingDatabase database = new ServingDatabase(fixture.config().currentLink());
                ServingReader reader = database.open()) {
            assertThat(new KpiQueries(reader).swv()).contains(new Area("PO2801", "Buurverband"));
        }
    }
}

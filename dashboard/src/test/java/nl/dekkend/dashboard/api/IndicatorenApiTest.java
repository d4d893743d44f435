package nl.dekkend.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path warehouseDir;

    private ServingFixture fixture;

    @BeforeEach
    void publish() {
        fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
    }

    @Test
    void listsTheCatalog() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/api/indicatoren");
            assertThat(response.code()).isEqualTo(200);
            JsonNode catalog = JSON.readTree(response.body().string());
            assertThat(catalog).hasSize(9);
            JsonNode sbo = find(catalog, "deelname_sbo");
            assertThat(sbo.get("naam").asText()).isEqualTo("Deelnamepercentage SBO");
            assertThat(sbo.get("eenheid").asText()).isEqualTo("%");
            assertThat(sbo.get("decimalen").asInt()).isEqualTo(2);
            assertThat(sbo.get("bronnen").get(0).asText()).isEqualTo("duo_leerlingen_swv|duo_leerlingen_vestiging");
        });
    }

    @Test
    void returnsTheContractFieldsFilteredByPeriodeAndNiveau() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/api/indicatoren/deelname_sbo?periode=2013-2014&niveau=swv");
            assertThat(response.code()).isEqualTo(200);
            JsonNode rows = JSON.readTree(response.body().string());
            assertThat(rows).hasSize(1);
            JsonNode row = rows.get(0);
            assertThat(row.get("indicator").asText()).isEqualTo("deelname_sbo");
            assertThat(row.get("periode").asText()).isEqualTo("2013-2014");
            assertThat(row.get("niveau").asText()).isEqualTo("swv");
            assertThat(row.get("gebied").asText()).isEqualTo("PO3009");
            assertThat(row.get("teller").decimalValue()).isEqualByComparingTo("316");
            assertThat(row.get("noemer").decimalValue()).isEqualByComparingTo("17283");
            assertThat(row.get("waarde").toString()).isEqualTo("1.83");
            assertThat(row.get("eenheid").asText()).isEqualTo("%");
            assertThat(row.get("norm").isNull()).isTrue();
            assertThat(row.get("status").isNull()).isTrue();
            assertThat(row.get("onderdrukt").asBoolean()).isFalse();

            JsonNode all = JSON.readTree(
                    client.get("/api/indicatoren/deelname_sbo").body().string());
            assertThat(all).hasSize(3); // two SWV years and one gemeente
            JsonNode gemeente = JSON.readTree(client.get("/api/indicatoren/deelname_sbo?niveau=gemeente")
                    .body()
                    .string());
            assertThat(gemeente).hasSize(1);
            assertThat(gemeente.get(0).get("gebied").asText()).isEqualTo("GM1724");
        });
    }

    @Test
    void suppressedRowsComeBackWithoutFigures() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            JsonNode rows = JSON.readTree(client.get("/api/indicatoren/deelname_so_cat2?periode=2014-2015")
                    .body()
                    .string());
            JsonNode row = rows.get(0);
            assertThat(row.get("onderdrukt").asBoolean()).isTrue();
            assertThat(row.get("teller").isNull()).isTrue();
            assertThat(row.get("noemer").isNull()).isTrue();
            assertThat(row.get("waarde").isNull()).isTrue();
        });
    }

    @Test
    void unknownIndicatorIsA404WithADutchMessage() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/api/indicatoren/bestaat_niet");
            assertThat(response.code()).isEqualTo(404);
            assertThat(JSON.readTree(response.body().string()).get("melding").asText())
                    .isEqualTo("Onbekende indicator: bestaat_niet.");
        });
    }

    @Test
    void invalidParametersAreA400WithADutchMessage() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var niveau = client.get("/api/indicatoren/deelname_sbo?niveau=provincie");
            assertThat(niveau.code()).isEqualTo(400);
            assertThat(niveau.body().string()).contains("Ongeldig niveau 'provincie'");
            var periode = client.get("/api/indicatoren/deelname_sbo?periode=dertien");
            assertThat(periode.code()).isEqualTo(400);
            assertThat(periode.body().string()).contains("Ongeldige periode 'dertien'");
        });
    }

    private static JsonNode find(JsonNode catalog, String id) {
        for (JsonNode entry : catalog) {
            if (id.equals(entry.get("indicator").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no catalog entry " + id);
    }
}

package nl.dekkend.dashboard.datakwaliteit;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatakwaliteitPageTest {

    @TempDir
    Path warehouseDir;

    @Test
    void showsLoadsQuarantineFreshnessMissingSourcesAndFailingTests() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "landelijk_ontbreekt");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, client) -> {
            var response = client.get("/datakwaliteit");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html).contains("<h1>Datakwaliteit</h1>");
            // per source: last load, rows, freshness in Dutch formatting
            assertThat(html).contains("duo_leerlingen_swv", "15-1-2024 09:58", "1-10-2014");
            // files with status and quarantine
            assertThat(html).contains("duo_leerlingen_swv/2014.csv", "deels geladen", "1 rij in quarantaine");
            // reasons grouped, with example row numbers
            assertThat(html).contains("datum ontbreekt", "12, 40", "geen geheel getal");
            // missing sources and what they block
            assertThat(html)
                    .contains("<strong>tlv</strong> is niet aangeleverd.", "Daardoor ontbreken: TLV-aanvragen.");
            assertThat(html).contains("<strong>duo_landelijk</strong> is niet aangeleverd.");
            // failing data test with its examples
            assertThat(html).contains("1 geslaagd, 1 gefaald.", "not_null(startdatum)", "melding 12; melding 40");
        });
    }

    @Test
    void saysTheOwnSwvCodeIsMissingAndHowToSetIt() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "eigen_swv_code_onbekend");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, client) -> {
            String html = client.get("/datakwaliteit").body().string();
            assertThat(html)
                    .contains("De code van het eigen samenwerkingsverband is onbekend")
                    .contains("dekkend run --swv PO2401");
        });
    }

    @Test
    void saysNothingAboutTheOwnSwvWhenItIsKnown() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, client) -> {
            assertThat(client.get("/datakwaliteit").body().string())
                    .doesNotContain("De code van het eigen samenwerkingsverband is onbekend");
        });
    }
}

package nl.dekkend.dashboard.datakwaliteit;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import nl.dekkend.appdb.AuditEntry;
import nl.dekkend.appdb.AuditFilter;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatakwaliteitPageTest {

    @TempDir
    Path warehouseDir;

    @Test
    void showsLoadsQuarantineFreshnessMissingSourcesAndFailingTests() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "landelijk_ontbreekt");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
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
            // the failing data test, without its failing rows (pupil-level detail) and without the link to them
            assertThat(html).contains("1 geslaagd, 1 gefaald.", "not_null(startdatum)");
            assertThat(html).doesNotContain("melding 12").doesNotContain("/datakwaliteit/voorbeelden");
            assertThat(client.get("/datakwaliteit/voorbeelden").code()).isEqualTo(403);
        });
    }

    @Test
    void onlyTheBeheerderSeesTheFailingRowsAndEachViewIsInTheAuditLog() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            for (String rol : List.of("analist", "kwaliteitscommissie", "ledenraad", "gemeente", "bestuur")) {
                TestUser user = TestUser.as(http.getOrigin(), rol);
                assertThat(user.get("/datakwaliteit").body().string()).doesNotContain("melding 12");
                assertThat(user.get("/datakwaliteit/voorbeelden").code())
                        .as(rol)
                        .isEqualTo(403);
            }
            TestUser beheerder = TestUser.as(http.getOrigin(), "beheerder");
            assertThat(beheerder.get("/datakwaliteit").body().string()).contains("/datakwaliteit/voorbeelden");
            var details = beheerder.get("/datakwaliteit/voorbeelden");
            assertThat(details.code()).isEqualTo(200);
            assertThat(details.body().string()).contains("not_null(startdatum)", "melding 12; melding 40");

            List<AuditEntry> views =
                    new AuditLog(fixture.appDatabase()).list(AuditFilter.alles().actie(AuditLog.DETAIL_BEKEKEN));
            assertThat(views).hasSize(1);
            assertThat(views.get(0).gebruiker()).isEqualTo("beheerder");
            assertThat(views.get(0).onderwerp()).contains("fct_thuiszitters not_null(startdatum)");
        });
    }

    @Test
    void saysTheOwnSwvCodeIsMissingAndHowToSetIt() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "eigen_swv_code_onbekend");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
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
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            assertThat(client.get("/datakwaliteit").body().string())
                    .contains("<h1>Datakwaliteit</h1>")
                    .doesNotContain("De code van het eigen samenwerkingsverband is onbekend");
        });
    }
}

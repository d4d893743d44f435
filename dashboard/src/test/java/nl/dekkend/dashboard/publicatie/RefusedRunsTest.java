package nl.dekkend.dashboard.publicatie;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefusedRunsTest {

    private static final String SENTENCE =
            "De laatste run van 16-1-2024 10:00 is niet gepubliceerd: 2 datatests faalden."
                    + " U ziet nog de publicatie van 15-1-2024 10:00.";

    @TempDir
    Path warehouseDir;

    @Test
    void datakwaliteitExplainsANewerRefusedRunWithItsFailingTests() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("run-1", "po3009");
        fixture.refuse("run-0", "po3009", "afgekeurd_run_0");
        fixture.refuse("run-2", "po3009", "afgekeurd_run_2");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/datakwaliteit");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html).contains("Laatste run niet gepubliceerd", SENTENCE);
            // the failing tests of the refused run: model, test, foute rijen (Dutch); the rows only for the beheerder
            assertThat(html)
                    .contains("fct_leerlingtelling", "unique(vestiging, teldatum)", "1.234", "waarde between 0 and 100")
                    .doesNotContain("12AB00 2013-10-01 (2x)")
                    .doesNotContain("deelname_sbo PO3009 2013-2014: 999");
            assertThat(TestUser.as(http.getOrigin(), "beheerder")
                            .get("/datakwaliteit/voorbeelden")
                            .body()
                            .string())
                    .contains("12AB00 2013-10-01 (2x)", "deelname_sbo PO3009 2013-2014: 999");
            // the passing test and the older refused run are not listed
            assertThat(html).doesNotContain("oude test");
            // the rest of the page is still the current publication's
            assertThat(html).contains("1 geslaagd, 1 gefaald.").doesNotContain("melding 12");
            // no short banner on the page that has the full notice
            assertThat(html).doesNotContain("Bekijk waarom op Datakwaliteit");
        });
    }

    @Test
    void everyOtherPageShowsABannerButNeverTheRefusedFigures() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("run-1", "po3009");
        fixture.refuse("run-2", "po3009", "afgekeurd_run_2");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            for (String page : new String[] {"/", "/deelname", "/indicatoren/deelname_sbo", "/thema/deelname"}) {
                String html = client.get(page).body().string();
                assertThat(html)
                        .as(page)
                        .contains(
                                "De laatste run van 16-1-2024 10:00 is niet gepubliceerd;"
                                        + " u ziet nog de publicatie van 15-1-2024 10:00.",
                                "href=\"/datakwaliteit\">Bekijk waarom")
                        .doesNotContain("9,99")
                        .doesNotContain("1727")
                        .doesNotContain("1.727");
            }
            assertThat(client.get("/deelname").body().string()).contains("1,83 %");
            assertThat(client.get("/api/indicatoren/deelname_sbo?periode=2013-2014&niveau=swv")
                            .body()
                            .string())
                    .contains("\"waarde\":1.83")
                    .doesNotContain("9.99");
        });
    }

    @Test
    void noNoticeWhenTheRefusedRunIsOlderThanThePublication() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("run-1", "po3009");
        fixture.refuse("run-0", "po3009", "afgekeurd_run_0");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            assertThat(client.get("/datakwaliteit").body().string())
                    .doesNotContain("niet gepubliceerd")
                    .doesNotContain("oude test");
            assertThat(client.get("/").body().string()).doesNotContain("niet gepubliceerd");
        });
    }

    @Test
    void aNewerPublicationClearsTheNotice() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("run-1", "po3009");
        fixture.refuse("run-2", "po3009", "afgekeurd_run_2");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            assertThat(client.get("/").body().string()).contains("niet gepubliceerd");
            fixture.publish("run-3", "po3009", "publicatie_run_3");
            assertThat(client.get("/").body().string()).doesNotContain("niet gepubliceerd");
        });
    }
}

package nl.dekkend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardServerTest {

    @TempDir
    Path warehouseDir;

    @Test
    void everyPageExplainsThatNothingIsPublishedYet() {
        JavalinTest.test(DashboardServer.create(new ServingFixture(warehouseDir).config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            for (String page :
                    new String[] {"/", "/deelname", "/datakwaliteit", "/indicatoren/deelname_sbo", "/thema/deelname"}) {
                var response = client.get(page);
                String html = response.body().string();
                assertThat(response.code()).as(page).isEqualTo(200);
                assertThat(html)
                        .as(page)
                        .contains("Er is nog niets gepubliceerd", "./dekkend run")
                        .doesNotContain("Exception");
            }
            var api = client.get("/api/indicatoren");
            assertThat(api.code()).isEqualTo(503);
            assertThat(api.body().string()).contains("Er is nog niets gepubliceerd");
        });
    }

    @Test
    void aPublicationOfAnOlderVersionAsksForANewRunInsteadOfFailing() throws Exception {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        Path file = fixture.publish("oud", "po3009");
        // as published before migration V011 added the catalog's themes
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
                var statement = connection.createStatement()) {
            statement.execute("drop table kpi_themas");
        }
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var page = client.get("/");
            assertThat(page.code()).isEqualTo(503);
            assertThat(page.body().string())
                    .contains("oudere versie van Dekkend", "./dekkend run")
                    .doesNotContain("Exception", "kpi_themas");
        });
    }

    @Test
    void picksUpANewPublicationWithoutRestart() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("pub-1", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            assertThat(client.get("/deelname").body().string())
                    .contains("1,83 %")
                    .doesNotContain("2,00 %");

            fixture.publish("pub-2", "po3009", "deelname_sbo_2_00");

            String html = client.get("/deelname").body().string();
            assertThat(html).contains("2,00 %", "346").doesNotContain("1,83 %");
            assertThat(client.get("/api/indicatoren/deelname_sbo?periode=2013-2014&niveau=swv")
                            .body()
                            .string())
                    .contains("\"waarde\":2.00");
        });
    }

    @Test
    void servesEChartsFromTheWebJarAndAnswersUnknownPagesInDutch() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var echarts = client.get("/static/vendor/echarts/echarts.min.js");
            assertThat(echarts.code()).isEqualTo(200);
            assertThat(echarts.body().string()).contains("echarts");
            assertThat(client.get("/static/js/charts.js").code()).isEqualTo(200);
            var missing = client.get("/bestaat-niet");
            assertThat(missing.code()).isEqualTo(404);
            assertThat(missing.body().string()).contains("Deze pagina bestaat niet.");
            assertThat(client.get("/indicatoren/bestaat_niet").code()).isEqualTo(404);
        });
    }

    @Test
    void genericIndicatorPageShowsAnyCatalogIndicator() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/indicatoren/bekostiging_normatief_zwaar");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html)
                    .contains("<h1>Normatief budget zware ondersteuning</h1>", "€ 5.613.518", "2015-2016")
                    .doesNotContain("Landelijke cijfers ontbreken");
        });
    }
}

package nl.dekkend.dashboard.overzicht;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverzichtPageTest {

    @TempDir
    Path warehouseDir;

    @Test
    void showsTheLatestSwvValueOfEachIndicatorGroupedByThema() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            // latest period of deelname_sbo is 2014-2015: 1,75 %; the 2013-2014 figure is not a tile
            assertThat(html)
                    .contains(
                            "<a href=\"/thema/bekostiging\">Bekostiging</a></h2>",
                            "<a href=\"/thema/deelname\">Deelname SBO en SO</a></h2>",
                            ">Thuiszitters</a></h2>");
            // themes in the fixed Dutch order
            assertThat(html.indexOf("Deelname SBO en SO</a></h2>")).isLessThan(html.indexOf("Thuiszitters</a></h2>"));
            assertThat(html.indexOf("Thuiszitters</a></h2>")).isLessThan(html.indexOf("Bekostiging</a></h2>"));
            assertThat(html).contains("1,75 %", "2,98 %", "€ 5.613.518", "Periode 2014-2015", "Periode 2015-2016");
            assertThat(html).doesNotContain("1,83 %");
            assertThat(html)
                    .contains(
                            "Groen: voldoet aan de norm",
                            "href=\"/deelname\"",
                            "href=\"/indicatoren/bekostiging_normatief_zwaar\"");
            // suppressed tile: no figure, "< 5" with its explanation
            assertThat(html).contains("&lt; 5", "onderdrukt: minder dan 5 leerlingen");
            // no data, no tile
            assertThat(html).doesNotContain("TLV-aanvragen");
        });
    }
}

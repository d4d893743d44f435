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
    void showsTheHeadlineIndicatorsOfEachThemaWithNormStatusChangeAndLandelijk() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html).contains("<h1>Overzicht samenwerkingsverband PO3009 De Kempen</h1>");
            // themes in the catalog's order, each with its question
            assertThat(html)
                    .contains(
                            "<a href=\"/thema/deelname\">Deelname SBO en SO</a></h2>",
                            ">Thuiszitters</a></h2>",
                            "Hoeveel kinderen zitten thuis zonder passend onderwijs");
            assertThat(html.indexOf("Deelname SBO en SO</a></h2>")).isLessThan(html.indexOf("Thuiszitters</a></h2>"));
            String sbo = tile(html, "Deelnamepercentage SBO");
            // newest 1,75 % (2014-2015), 1,83 % before: 0,08 procentpunt lower; landelijk 2,50 % that year; no norm
            assertThat(sbo)
                    .contains(
                            "1,75 %",
                            "Periode 2014-2015",
                            "geen norm vastgesteld",
                            "−0,08 procentpunt sinds 2013-2014",
                            "Landelijk 2,50 %")
                    .doesNotContain("1,83 %");
            // with a norm: status in words and a shape, the norm, the change 2,98 - 3,16
            assertThat(tile(html, "Deelname SBO + SO"))
                    .contains(
                            "2,98 %",
                            "aria-hidden=\"true\">✓</span>",
                            "Groen: voldoet aan de norm",
                            "norm ≤ 3,00 %",
                            "−0,18 procentpunt sinds 2013-2014")
                    .doesNotContain("Landelijk");
            // only the headline indicators: categorie 1 is on the theme page, not here
            assertThat(html).doesNotContain("Deelname SO categorie 1");
            // suppressed headline: "< 5" with its explanation, no change computed from a hidden figure
            assertThat(tile(html, "Thuiszitters op peildatum"))
                    .contains("&lt; 5")
                    .doesNotContain("sinds", "Rood", "✕", "geen norm vastgesteld");
            assertThat(html).contains("onderdrukt: minder dan 5 leerlingen");
        });
    }

    @Test
    void aNewestPeriodWithoutFiguresShowsTheNewestWithFiguresAndSaysSo() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "nieuwste_periode_leeg");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String so = tile(client.get("/").body().string(), "Deelnamepercentage SO");
            assertThat(so)
                    .contains(
                            "1,22 %",
                            "Periode 2014-2015",
                            "Nieuwste periode met cijfers; voor 2015-2016 zijn er nog geen cijfers.",
                            "Landelijk 1,68 %")
                    .doesNotContain("<p class=\"value\">–</p>");
        });
    }

    private static String tile(String html, String naam) {
        int start = html.indexOf(">" + naam + "</a></h3>");
        assertThat(start).as("tile %s", naam).isPositive();
        return html.substring(start, html.indexOf("</li>", start));
    }
}

package nl.dekkend.dashboard.thema;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekkend.dashboard.Catalog;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemaPageTest {

    @TempDir
    Path warehouseDir;

    @Test
    void listsTheIndicatorsOfTheThemaWithLatestValueStatusTrendAndDefinition() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/thema/deelname");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html).contains("<h1>Deelname SBO en SO</h1>", "PO3009 De Kempen");
            // latest SWV values (2014-2015), definition, links
            assertThat(html)
                    .contains(
                            "1,75 %",
                            "2,98 %",
                            "Periode 2014-2015",
                            "SBO-leerlingen / (BaO + SBO) x 100",
                            "href=\"/deelname\"",
                            "href=\"/indicatoren/deelname_sbo\"");
            // status as text, with the norm
            assertThat(html).contains("Groen: voldoet aan de norm", "norm ≤ 3,00 %");
            // an indicator without a norm says so, never a bare "–"
            assertThat(html)
                    .contains("<p class=\"meta\">geen norm vastgesteld</p>")
                    .doesNotContain("Status: <span title");
            // the trend: a small chart with both periods, its text alternative names the values
            assertThat(html)
                    .contains(
                            "Verloop van Deelnamepercentage SBO: 1,83 % in 2013-2014, 1,75 % in 2014-2015.",
                            "\"data\":[1.8300,1.7500]");
            // suppressed: "< 5" everywhere, the stored 0.02 never reaches the page or the chart JSON
            assertThat(html)
                    .contains("Verloop van Deelname SO categorie 2: 0,11 % in 2013-2014, &lt; 5 in 2014-2015.")
                    .contains("\"data\":[0.1100,null]")
                    .doesNotContain("0.0200")
                    .doesNotContain("0,02");
            // nav: the page's own thema is current
            assertThat(html).contains("<a href=\"/thema/deelname\" aria-current=\"page\">Deelname SBO en SO</a>");
        });
    }

    /** The navigation is the catalog's: every theme, in its volgorde, with its title; none kept in Java. */
    @Test
    void navigationListsEveryCatalogThemeInTheCatalogsOrder() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/").body().string();
            String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
            List<Catalog.Theme> themes = Catalog.themes();
            assertThat(themes).hasSize(9);
            int previous = -1;
            for (Catalog.Theme theme : themes) {
                String link = "<a href=\"/thema/" + theme.id() + "\">" + theme.titel() + "</a>";
                assertThat(nav).contains(link);
                assertThat(nav.indexOf(link)).as("place of %s", theme.id()).isGreaterThan(previous);
                previous = nav.indexOf(link);
            }
            assertThat(nav)
                    .contains("<a href=\"/thema/dekkend_aanbod\">Dekkend aanbod</a>")
                    .doesNotContain("/thema/bekostiging", "/thema/regio", "/thema/thuisnabij\"");
            assertThat(previous).isLessThan(nav.indexOf("Datakwaliteit"));
        });
    }

    /**
     * Every theme of the catalog has its page, with its title and question; a page shows only indicators the catalog
     * gives that theme (an unknown one, or one of another theme, fails here).
     */
    @Test
    void everyCatalogThemeHasAPageThatShowsOnlyItsOwnIndicators() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "matrix");
        Map<String, String> themeOf = Catalog.indicatorThemes();
        Pattern shown = Pattern.compile("id=\"indicator-([a-z0-9_]+)\"");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            for (Catalog.Theme theme : Catalog.themes()) {
                var response = client.get("/thema/" + theme.id());
                String html = response.body().string();
                assertThat(response.code()).as("page of %s", theme.id()).isEqualTo(200);
                assertThat(html).contains("<h1>" + theme.titel() + "</h1>");
                assertThat(theme.indicatoren())
                        .allSatisfy(id -> assertThat(themeOf).containsEntry(id, theme.id()));
                Matcher m = shown.matcher(html);
                while (m.find()) {
                    assertThat(themeOf).as("indicator on page %s", theme.id()).containsEntry(m.group(1), theme.id());
                }
            }
        });
    }

    @Test
    void aThemaWithoutFiguresSaysWhyAndAnUnknownThemaIsNotFound() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var toeleiding = client.get("/thema/toeleiding");
            assertThat(toeleiding.code()).isEqualTo(200);
            assertThat(toeleiding.body().string())
                    .contains("<h1>Toeleiding</h1>", "Geen gegevens voor TLV-aanvragen: bron tlv ontbreekt.");
            var unknown = client.get("/thema/bestaat_niet");
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(unknown.body().string()).contains("Deze pagina bestaat niet.");
        });
    }
}

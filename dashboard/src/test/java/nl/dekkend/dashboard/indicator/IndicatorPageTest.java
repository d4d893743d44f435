package nl.dekkend.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorPageTest {

    @TempDir
    Path warehouseDir;

    private ServingFixture fixture;

    @BeforeEach
    void publish() {
        fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden");
    }

    @Test
    void offersOnlyTheLevelsPresentInTheFixedOrderAndStartsAtTheOwnSwv() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/indicatoren/deelname_sbo").body().string();
            String levels = html.substring(
                    html.indexOf("aria-label=\"Niveau\""),
                    html.indexOf("</nav>", html.indexOf("aria-label=\"Niveau\"")));
            assertThat(levels)
                    .contains(
                            "href=\"/indicatoren/deelname_sbo?niveau=swv\" aria-current=\"page\">"
                                    + "Samenwerkingsverband</a>",
                            "href=\"/indicatoren/deelname_sbo?niveau=gemeente\">Gemeente</a>")
                    .doesNotContain("Wijk", "Stadsdeel", "Bestuur", "Vestiging");
            assertThat(levels.indexOf("Samenwerkingsverband")).isLessThan(levels.indexOf("Gemeente"));
            assertThat(html)
                    .contains(
                            "<option value=\"PO3009\" selected>PO3009 De Kempen</option>",
                            "<option value=\"2014-2015\" selected>schooljaar 2014-2015 (teldatum 1-10-2014)</option>");
        });
    }

    @Test
    void showsAllAreasTimesPeriodsAndTheLatestPeriodAcrossAreasSortedByValue() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "analist");
            var response = client.get("/indicatoren/deelname_sbo?niveau=gemeente");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html)
                    .contains(
                            "<th scope=\"row\"><a href=\"/indicatoren/deelname_sbo?niveau=gemeente&amp;gebied=GM1724"
                                    + "&amp;periode=2014-2015\">GM1724</a></th>",
                            "Bergeijk",
                            "Veldhoven",
                            "Geldrop-Mierlo",
                            "1,33 %",
                            "1,22 %",
                            "2,00 %",
                            "2,25 %",
                            "2,13 %",
                            "per gemeente en schooljaar, met status en norm</caption>");
            String chart = chartJson(html, "chart-gebieden");
            assertThat(chart)
                    .contains(
                            "\"data\":[\"Geldrop-Mierlo\",\"Bergeijk\",\"Veldhoven\"]",
                            "\"data\":[2.1300,1.2200,0.1000]",
                            "\"type\":\"bar\"");
            // the analist sees exact figures, Veldhoven's 3 pupils too
            assertThat(html).contains("0,10 %").doesNotContain("&lt; 5");
        });
    }

    @Test
    void hidesASmallGemeenteAndTheNextSmallestSoTheSwvTotalDoesNotGiveItAway() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/indicatoren/deelname_sbo?niveau=gemeente")
                    .body()
                    .string();
            // 2014-2015: SWV 300 = Bergeijk 18 + Veldhoven 3 + Geldrop-Mierlo 85 (+ the rest); Veldhoven is hidden, and
            // Bergeijk with it, else 300 - 18 - 85 - ... would give Veldhoven's 3 away
            assertThat(html).contains("1,33 %", "2,00 %", "2,25 %", "2,13 %", "&lt; 5");
            assertThat(html).doesNotContain("1,22 %").doesNotContain("0,10 %");
            String chart = chartJson(html, "chart-gebieden");
            assertThat(chart)
                    .contains("\"data\":[2.1300,null,null]")
                    .doesNotContain("1.22")
                    .doesNotContain("0.1");
        });
    }

    @Test
    void periodeChoosesThePeriodOfTheBarChart() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/indicatoren/deelname_sbo?niveau=gemeente&periode=2013-2014")
                    .body()
                    .string();
            assertThat(chartJson(html, "chart-gebieden"))
                    .contains(
                            "\"data\":[\"Geldrop-Mierlo\",\"Veldhoven\",\"Bergeijk\"]",
                            "\"data\":[2.2500,2.0000,1.3300]");
            assertThat(html).contains("<option value=\"2013-2014\" selected>");
        });
    }

    @Test
    void showsStatusAsTextAndTheNormAsLineAndInTheTable() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/indicatoren/deelname_sbo_so?niveau=gemeente")
                    .body()
                    .string();
            assertThat(html)
                    .contains(
                            // judged by the norm in force (at most 3 %, oranje up to 3,5 %), not the fixture's status
                            "3,10 % <span class=\"status status-oranje\">Oranje</span>",
                            "2,50 % <span class=\"status status-groen\">Groen</span>",
                            "<td class=\"num\">≤ 3,00 %</td>");
            assertThat(chartJson(html, "chart-gebieden"))
                    .contains(
                            "\"markLine\"",
                            "\"yAxis\":3}",
                            "\"name\":\"Norm\""); // the norm in force, from the app database
        });
    }

    @Test
    void showsTheBreakdownsOfTheChosenAreaAsTableAndGroupedBars() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/indicatoren/deelname_so?niveau=swv&gebied=PO3009")
                    .body()
                    .string();
            assertThat(html)
                    .contains(
                            "Uitsplitsing voor PO3009 De Kempen",
                            "<th scope=\"row\">Totaal</th>",
                            "<th scope=\"row\">SO-1</th>",
                            "<th scope=\"row\">SO-3</th>");
            String chart = chartJson(html, "chart-uitsplitsing");
            assertThat(chart)
                    .contains("\"name\":\"SO-1\"", "\"data\":[1.0800,1.0500]", "\"data\":[0.1100,null]")
                    .doesNotContain("\"stack\"")
                    .doesNotContain("0.0200");
        });
    }

    @Test
    void stacksBreakdownsOfCounts() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html =
                    client.get("/indicatoren/thuiszitters_peildatum").body().string();
            assertThat(html).contains("<th scope=\"row\">absoluut_verzuim</th>");
            assertThat(chartJson(html, "chart-uitsplitsing"))
                    .contains("\"stack\":\"totaal\"", "\"data\":[5.0000,null]", "\"data\":[7.0000,null]");
        });
    }

    @Test
    void kalenderjarenAreSortedAndLabelledAsKalenderjaar() {
        fixture.publish("fin", "po3009", "financien");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/indicatoren/fin_resultaat").body().string();
            assertThat(html)
                    .contains(
                            "Resultaat per samenwerkingsverband en kalenderjaar, met status en norm",
                            "<option value=\"2020\" selected>kalenderjaar 2020</option>",
                            "€ -50.000",
                            "€ 120.000");
            assertThat(html.indexOf("<th scope=\"col\" class=\"num\">2018</th>"))
                    .isLessThan(html.indexOf("<th scope=\"col\" class=\"num\">2019</th>"));
            assertThat(html.indexOf("<th scope=\"col\" class=\"num\">2019</th>"))
                    .isLessThan(html.indexOf("<th scope=\"col\" class=\"num\">2020</th>"));
            // the trend runs 2018, 2019, 2020 and its axis does not cut off the negative year
            String trend = chartJson(html, "chart-indicator");
            assertThat(trend)
                    .contains("\"data\":[\"2018\",\"2019\",\"2020\"]", "\"data\":[-50000.0000,120000.0000,30000.0000]")
                    .doesNotContain("\"min\":0");
            String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
            assertThat(nav.indexOf("Bekostiging")).isLessThan(nav.indexOf("Financiën"));
        });
    }

    @Test
    void rejectsUnusableParametersWithADutchMessage() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            assertBadRequest(
                    client.get("/indicatoren/deelname_sbo?niveau=provincie"),
                    "Ongeldig niveau &#39;provincie&#39;: kies uit swv, stadsdeel, wijk, gemeente, bestuur of vestiging.");
            assertBadRequest(
                    client.get("/indicatoren/deelname_sbo?niveau=wijk"),
                    "Voor Deelnamepercentage SBO zijn er geen cijfers op niveau wijk; kies uit swv, gemeente.");
            assertBadRequest(
                    client.get("/indicatoren/deelname_sbo?periode=2013-2015"),
                    "Ongeldige periode &#39;2013-2015&#39;: gebruik een schooljaar als 2013-2014 of een kalenderjaar als 2018.");
            assertBadRequest(
                    client.get("/indicatoren/deelname_sbo?periode=2020"),
                    "Geen cijfers voor periode 2020 op niveau samenwerkingsverband; kies uit 2013-2014, 2014-2015.");
            assertBadRequest(
                    client.get("/indicatoren/deelname_sbo?niveau=gemeente&gebied=GM9999"),
                    "Onbekend gebied &#39;GM9999&#39; op niveau gemeente.");
        });
    }

    private static void assertBadRequest(TestUser.Response response, String message) {
        String html = response.body().string();
        assertThat(response.code()).as(message).isEqualTo(400);
        assertThat(html).contains(message).doesNotContain("Exception");
    }

    private static String chartJson(String html, String id) {
        Matcher m = Pattern.compile(
                        "<script type=\"application/json\" id=\"" + id + "-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("chart " + id).isTrue();
        return m.group(1);
    }
}

package nl.dekkend.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill-down on the indicator page, followed link by link as a user clicks it: from the SWV to the areas within it,
 * level by level, on the fixture of scope.sql (leerlingen_bao 2014-2015 at every level, every figure unique).
 */
class DrillDownTest {

    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"");

    @TempDir
    Path warehouseDir;

    private ServingFixture fixture;

    @BeforeEach
    void publish() {
        fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope");
    }

    @Test
    void followsTheLinksFromTheSwvDownToStadsdeelWijkAndVestiging() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser analist = TestUser.as(http.getOrigin(), "analist");
            String swv = analist.get("/indicatoren/leerlingen_bao").body().string();
            // the SWV row leads to every level right below it, with the period kept
            assertThat(table(swv))
                    .contains("<th scope=\"row\"><a href=\"/indicatoren/leerlingen_bao?niveau=swv&amp;"
                            + "gebied=PO3009&amp;periode=2014-2015\" aria-current=\"true\">PO3009</a></th>");
            String toStadsdelen = link(swv, "Stadsdeel binnen PO3009 De Kempen");
            assertThat(toStadsdelen)
                    .isEqualTo("/indicatoren/leerlingen_bao?niveau=stadsdeel&binnen=swv:PO3009&periode=2014-2015");
            assertThat(link(swv, "Gemeente binnen PO3009 De Kempen"))
                    .isEqualTo("/indicatoren/leerlingen_bao?niveau=gemeente&binnen=swv:PO3009&periode=2014-2015");
            assertThat(link(swv, "Bestuur binnen PO3009 De Kempen"))
                    .isEqualTo("/indicatoren/leerlingen_bao?niveau=bestuur&binnen=swv:PO3009&periode=2014-2015");

            String stadsdelen = page(analist, toStadsdelen);
            assertThat(table(stadsdelen))
                    .contains("SD01", "Bergeijk-Noord", "4.111", "SD02", "Veldhoven-Zuid", "4.222")
                    .doesNotContain("9.000");
            assertThat(stadsdelen).contains("Alleen de gebieden binnen samenwerkingsverband PO3009 De Kempen.");
            // a click on a bar opens the same drill-down as the table's first "Verder naar" link (SD02 4.222 first)
            assertThat(stadsdelen)
                    .contains("{\"links\":[\"/indicatoren/leerlingen_bao?niveau=wijk\\u0026"
                            + "binnen=stadsdeel:SD02\\u0026periode=2014-2015\",\"/indicatoren/leerlingen_bao?"
                            + "niveau=wijk\\u0026binnen=stadsdeel:SD01\\u0026periode=2014-2015\"],");

            // stadsdeel SD01 → its wijk only
            String wijken = page(analist, link(stadsdelen, "Wijk binnen SD01 Bergeijk-Noord"));
            assertThat(table(wijken)).contains("WK172401", "Weebosch", "3.111").doesNotContain("Zeelst", "3.222");
            assertThat(wijken)
                    .contains("per wijk binnen stadsdeel SD01 Bergeijk-Noord en schooljaar")
                    .contains("<input type=\"hidden\" name=\"binnen\" value=\"stadsdeel:SD01\">")
                    // the export takes the same areas
                    .contains("href=\"?niveau=wijk&amp;binnen=stadsdeel:SD01&amp;formaat=csv\"");

            // wijk Weebosch → its vestiging only
            String vestigingen = page(analist, link(wijken, "Vestiging binnen WK172401 Weebosch"));
            assertThat(table(vestigingen))
                    .contains("01AA00", "De Eik", "1.111")
                    .doesNotContain("De Beuk", "1.222", "De Linde", "1.333");

            // bestuur 41000 → its two vestigingen, in two gemeenten
            String besturen = page(analist, link(swv, "Bestuur binnen PO3009 De Kempen"));
            assertThat(table(besturen)).contains("Stichting Eigen", "6.111", "Stichting Ander", "2.889");
            String vanEigen = page(analist, link(besturen, "Vestiging binnen 41000 Stichting Eigen"));
            assertThat(table(vanEigen))
                    .contains("De Eik", "1.111", "De Linde", "1.333")
                    .doesNotContain("De Beuk", "1.222");
            // a vestiging has nothing below it
            assertThat(vanEigen).doesNotContain("Verder naar");

            String csv = analist.get("/indicatoren/leerlingen_bao?niveau=vestiging&binnen=bestuur:41000&formaat=csv")
                    .body()
                    .string();
            assertThat(csv).contains("01AA00", "03CC00").doesNotContain("02BB00");
        });
    }

    @Test
    void aGemeenteAccountsLinksNeverLeadOutsideItsScope() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser gemeente = TestUser.as(http.getOrigin(), "gemeente");
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>();
            todo.add("/indicatoren/leerlingen_bao");
            while (!todo.isEmpty() && seen.size() < 60) {
                String path = todo.poll();
                if (!seen.add(path)) {
                    continue;
                }
                TestUser.Response response = gemeente.get(path);
                String html = response.body().string();
                assertThat(response.code()).as(path).isEqualTo(200);
                assertThat(html)
                        .as(path)
                        .doesNotContain(
                                "GM0861",
                                "Veldhoven",
                                "SD02",
                                "Zeelst",
                                "De Beuk",
                                "De Linde",
                                "Stichting",
                                "4.222",
                                "3.222",
                                "1.222",
                                "1.333");
                Matcher m = LINK.matcher(table(html));
                while (m.find()) {
                    todo.add(m.group(1).replace("&amp;", "&"));
                }
            }
            // it went all the way down: SWV, its stadsdeel, wijk, gemeente and vestiging
            assertThat(seen)
                    .contains(
                            "/indicatoren/leerlingen_bao?niveau=stadsdeel&binnen=swv:PO3009&periode=2014-2015",
                            "/indicatoren/leerlingen_bao?niveau=wijk&binnen=stadsdeel:SD01&periode=2014-2015",
                            "/indicatoren/leerlingen_bao?niveau=vestiging&binnen=wijk:WK172401&periode=2014-2015",
                            "/indicatoren/leerlingen_bao?niveau=vestiging&binnen=gemeente:GM1724&periode=2014-2015")
                    .noneMatch(p -> p.contains("niveau=bestuur"));
            // and a drill-down into another gemeente's area, typed by hand, is refused
            assertThat(gemeente.get("/indicatoren/leerlingen_bao?niveau=wijk&binnen=stadsdeel:SD02")
                            .code())
                    .isEqualTo(403);
            assertThat(gemeente.get("/indicatoren/leerlingen_bao?niveau=vestiging&binnen=bestuur:41000")
                            .code())
                    .isEqualTo(403);
        });
    }

    @Test
    void aThemePageLinksEachSwvFigureDownToTheLevelsWithFiguresTheAccountSees() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser analist = TestUser.as(http.getOrigin(), "analist");
            assertThat(analist.get("/thema/leerlingen").body().string())
                    .contains(
                            "<a href=\"/indicatoren/leerlingen_bao?niveau=stadsdeel&amp;binnen=swv:PO3009\""
                                    + " aria-describedby=\"indicator-leerlingen_bao\">per stadsdeel</a>",
                            "<a href=\"/indicatoren/leerlingen_bao?niveau=bestuur&amp;binnen=swv:PO3009\"");
            String thema = analist.get("/thema/deelname").body().string();
            assertThat(thema)
                    .contains("<a href=\"/indicatoren/deelname_sbo?niveau=gemeente&amp;binnen=swv:PO3009\"")
                    // deelname_sbo has figures at swv and gemeente only: no link to an empty level
                    .doesNotContain("deelname_sbo?niveau=stadsdeel", "deelname_sbo?niveau=bestuur");
            String gemeenten = page(analist, "/indicatoren/deelname_sbo?niveau=gemeente&binnen=swv:PO3009");
            assertThat(table(gemeenten)).contains("Geldrop-Mierlo", "2,13 %");

            TestUser gemeente = TestUser.as(http.getOrigin(), "gemeente");
            String eigen = gemeente.get("/thema/leerlingen").body().string();
            assertThat(eigen)
                    .contains("<a href=\"/indicatoren/leerlingen_bao?niveau=gemeente&amp;binnen=swv:PO3009\"")
                    .doesNotContain("leerlingen_bao?niveau=bestuur");
            assertThat(table(page(gemeente, "/indicatoren/leerlingen_bao?niveau=gemeente&binnen=swv:PO3009")))
                    .contains("Bergeijk", "5.111")
                    .doesNotContain("Veldhoven", "3.889");
        });
    }

    @Test
    void rejectsAnUnusableBinnenWithADutchMessage() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser analist = TestUser.as(http.getOrigin(), "analist");
            TestUser.Response response = analist.get("/indicatoren/leerlingen_bao?niveau=wijk&binnen=SD01");
            assertThat(response.code()).isEqualTo(400);
            assertThat(response.body().string()).contains("Ongeldig binnen &#39;SD01&#39;: gebruik niveau:gebied");
            response = analist.get("/indicatoren/leerlingen_bao?niveau=swv&binnen=wijk:WK172401");
            assertThat(response.code()).isEqualTo(400);
            assertThat(response.body().string()).contains("Niveau swv ligt niet onder wijk; kies uit vestiging.");
        });
    }

    private static String page(TestUser user, String path) {
        TestUser.Response response = user.get(path);
        assertThat(response.code()).as(path).isEqualTo(200);
        return response.body().string();
    }

    /** The table of areas of the "Per gebied" section. */
    private static String table(String html) {
        int start = html.indexOf("<table", html.indexOf("id=\"gebieden-titel\""));
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** The target of the drill-down link with this accessible name, as a browser would request it. */
    private static String link(String html, String label) {
        Matcher m = Pattern.compile("<a href=\"([^\"]*)\" aria-label=\"" + Pattern.quote(label) + "\">")
                .matcher(html);
        assertThat(m.find()).as("link " + label).isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}

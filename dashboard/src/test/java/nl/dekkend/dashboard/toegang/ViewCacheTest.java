package nl.dekkend.dashboard.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.Rol;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages, API answers and exports are kept per publication ({@link Figures#view}); two accounts with different scopes,
 * or one that sees exact and one that sees suppressed figures, never get each other's kept answer, whichever asks
 * first. The figures of {@code scope.sql} occur once in the publication, so a leak is found by the number alone.
 */
class ViewCacheTest {

    /** leerlingen_bao of Bergeijk's areas (GM1724, SD01, WK172401, 01AA00) and of Veldhoven's (GM0861, SD02, …). */
    private static final List<String> BERGEIJK = List.of("5111", "4111", "3111", "1111", "5.111", "4.111", "3.111");

    private static final List<String> VELDHOVEN =
            List.of("3889", "4222", "3222", "1222", "3.889", "4.222", "3.222", "1.222", "Zeelst", "De Beuk");

    private static final List<String> PATHS = List.of(
            "/api/indicatoren/leerlingen_bao",
            "/api/indicatoren/leerlingen_bao?niveau=gemeente",
            "/api/indicatoren/leerlingen_bao/csv",
            "/indicatoren/leerlingen_bao?niveau=gemeente",
            "/indicatoren/leerlingen_bao?niveau=wijk",
            "/indicatoren/leerlingen_bao?niveau=vestiging",
            "/indicatoren/leerlingen_bao?niveau=vestiging&formaat=csv",
            "/thema/deelname",
            "/vergelijking",
            "/");

    @TempDir
    Path warehouseDir;

    @Test
    void twoGemeenteAccountsNeverGetEachOthersKeptAnswer() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope");
        new Accounts(fixture.appDatabase())
                .add(
                        "veldhoven",
                        Rol.GEMEENTE,
                        List.of("GM0861"),
                        List.of(),
                        ServingFixture.password("veldhoven").toCharArray());
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser bergeijk = TestUser.as(http.getOrigin(), "gemeente");
            TestUser veldhoven = TestUser.as(http.getOrigin(), "veldhoven");
            // each page twice, in turns, so every answer after the first could have come from the other's
            for (int round = 0; round < 2; round++) {
                for (String path : PATHS) {
                    TestUser first = round == 0 ? bergeijk : veldhoven;
                    TestUser second = round == 0 ? veldhoven : bergeijk;
                    for (TestUser user : List.of(first, second)) {
                        TestUser.Response response = user.get(path);
                        assertThat(response.code()).as(path).isIn(200, 403);
                        String body = withoutCsrf(response.body().string());
                        assertThat(body).as(path).doesNotContain(user == bergeijk ? VELDHOVEN : BERGEIJK);
                    }
                }
            }
            // and each sees its own
            assertThat(bergeijk.get("/api/indicatoren/leerlingen_bao").body().string())
                    .contains("\"gebied\":\"GM1724\"", "5111", "1111");
            assertThat(veldhoven.get("/api/indicatoren/leerlingen_bao").body().string())
                    .contains("\"gebied\":\"GM0861\"", "3889", "1222");
            assertThat(withoutCsrf(veldhoven
                            .get("/indicatoren/leerlingen_bao?niveau=vestiging")
                            .body()
                            .string()))
                    .contains("De Beuk", "1.222", "De Linde", "1.333");
        });
    }

    @Test
    void exactAndSuppressedFiguresAreKeptApart() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser beheerder = TestUser.as(http.getOrigin(), "beheerder");
            TestUser commissie = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String page = "/indicatoren/deelname_sbo?niveau=gemeente";
            String api = "/api/indicatoren/deelname_sbo?niveau=gemeente&periode=2014-2015&gebied=GM0861";
            for (int round = 0; round < 2; round++) {
                // Veldhoven's 3 pupils in 2014-2015: exact for the beheerder, hidden for the commission
                assertThat(beheerder.get(page).body().string())
                        .contains("0,10 %")
                        .doesNotContain("&lt; 5");
                assertThat(commissie.get(page).body().string())
                        .contains("&lt; 5")
                        .doesNotContain("0,10 %");
                assertThat(beheerder.get(api).body().string()).contains("\"teller\":3");
                assertThat(commissie.get(api).body().string()).contains("\"teller\":null");
            }
        });
    }

    @Test
    void theComparisonKeepsExactAndSuppressedApart() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "vergelijking");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser analist = TestUser.as(http.getOrigin(), "analist");
            TestUser ledenraad = TestUser.as(http.getOrigin(), "ledenraad");
            String page = "/vergelijking?indicator=deelname_so_cat2&periode=2014-2015";
            for (int round = 0; round < 2; round++) {
                // PO0103's 6 pupils (0,02 %): exact for the analist, hidden for the ledenraad (see vergelijking.sql)
                assertThat(analist.get(page).body().string()).contains("25.000").doesNotContain("&lt; 5");
                assertThat(ledenraad.get(page).body().string())
                        .contains("&lt; 5")
                        .doesNotContain("25.000");
            }
        });
    }

    @Test
    void accountsThatSeeTheSameGetTheKeptPageWithTheirOwnNameAndToken() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden");
        new Accounts(fixture.appDatabase())
                .add(
                        "commissielid",
                        Rol.KWALITEITSCOMMISSIE,
                        List.of(),
                        List.of(),
                        ServingFixture.password("commissielid").toCharArray());
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser voorzitter = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            TestUser lid = TestUser.as(http.getOrigin(), "commissielid");
            for (String path :
                    List.of("/", "/deelname", "/thema/deelname", "/indicatoren/deelname_sbo", "/datakwaliteit")) {
                assertThat(voorzitter.get(path).body().string())
                        .as(path)
                        .contains("<span class=\"who\">kwaliteitscommissie (kwaliteitscommissie)</span>");
                assertThat(lid.get(path).body().string())
                        .as(path)
                        .contains("<span class=\"who\">commissielid (kwaliteitscommissie)</span>")
                        .doesNotContain("<span class=\"who\">kwaliteitscommissie");
            }
            // the logout form of the kept page carries the member's own CSRF token (else 403)
            assertThat(lid.post("/uitloggen", java.util.Map.of()).code()).isEqualTo(303);
            assertThat(lid.get("/").code()).isEqualTo(303);
            assertThat(voorzitter.get("/").code()).isEqualTo(200);
        });
    }

    /** The page's CSRF token is random text, which could hold any four digits. */
    private static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}

package nl.dekkend.dashboard.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route, API call and export of the dashboard, with every niveau and gebied parameter, asked by the gemeente
 * account of GM1724 Bergeijk: no answer holds a code, name or figure of another gemeente (Veldhoven) or of a bestuur.
 * The figures of {@code scope.sql} occur once in the publication, so a leak is found by the number alone.
 */
class ScopeMatrixTest {

    /** Codes, names and figures (Dutch and machine formatting) of areas outside GM1724. */
    private static final List<String> FOREIGN = List.of(
            "GM0861",
            "Veldhoven",
            "SD02",
            "WK086101",
            "Zeelst",
            "02BB00",
            "De Beuk",
            "03CC00",
            "De Linde",
            "Stichting",
            "4.222",
            "4222",
            "3.222",
            "3222",
            "3.889",
            "3889",
            "2.889",
            "2889",
            "6.111",
            "6111",
            "1.222",
            "1222",
            "1.333",
            "1333",
            "2,00 %",
            "Geldrop-Mierlo",
            "GM1771");

    private static final List<String> INDICATORS = List.of(
            "leerlingen_bao",
            "deelname_sbo",
            "deelname_sbo_so",
            "deelname_so",
            "deelname_so_cat2",
            "thuiszitters_peildatum",
            "bekostiging_normatief_zwaar",
            "toeleiding_aanvragen");
    private static final List<String> NIVEAUS =
            List.of("", "swv", "stadsdeel", "wijk", "gemeente", "bestuur", "vestiging", "provincie");
    private static final List<String> GEBIEDEN = List.of(
            "",
            "PO3009",
            "GM1724",
            "GM0861",
            "GM1771",
            "SD01",
            "SD02",
            "WK172401",
            "WK086101",
            "41000",
            "42000",
            "01AA00",
            "02BB00",
            "03CC00");
    private static final List<String> PERIODES = List.of("", "2014-2015");

    @TempDir
    Path warehouseDir;

    @Test
    void aGemeenteAccountSeesNothingOfAnotherGemeenteAnywhere() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope", "vergelijking");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser gemeente = TestUser.as(http.getOrigin(), "gemeente");
            List<String> paths = new ArrayList<>(List.of(
                    "/",
                    "/deelname",
                    "/thema/deelname",
                    "/thema/thuiszitters",
                    "/thema/bekostiging",
                    "/thema/toeleiding",
                    "/vergelijking",
                    "/vergelijking?indicator=deelname_so_cat2&periode=2014-2015",
                    "/vergelijking?indicator=deelname_sbo&periode=2014-2015&formaat=csv",
                    "/datakwaliteit",
                    "/datakwaliteit/voorbeelden",
                    "/beheer/accounts",
                    "/beheer/audit",
                    "/api/indicatoren"));
            for (String id : INDICATORS) {
                for (String niveau : NIVEAUS) {
                    for (String gebied : GEBIEDEN) {
                        for (String periode : PERIODES) {
                            String query = "?niveau=" + niveau + "&gebied=" + gebied + "&periode=" + periode;
                            paths.add("/indicatoren/" + id + query);
                            paths.add("/api/indicatoren/" + id + query);
                            paths.add("/api/indicatoren/" + id + "/csv" + query);
                        }
                    }
                }
            }
            // two requests at a time (the GETs change nothing; the server answers concurrent sessions anyway)
            long ok = paths.parallelStream()
                    .filter(path -> {
                        TestUser.Response response = gemeente.get(path);
                        assertThat(response.code()).as(path).isIn(200, 400, 403, 404);
                        // a Dutch 400 may repeat the code that was asked ("Onbekend gebied 'GM0861'"), nothing else
                        String body = response.body().string().replaceAll("&#39;[^&]*&#39;", "''");
                        assertThat(body).as(path).doesNotContain(FOREIGN);
                        return response.code() == 200;
                    })
                    .count();
            assertThat(ok).as("answers with content").isGreaterThan(paths.size() / 4);

            // and what it does see: its own gemeente, stadsdeel, wijk and vestiging, and the SWV total
            String own = gemeente.get("/api/indicatoren/leerlingen_bao").body().string();
            assertThat(own).contains("\"gebied\":\"GM1724\"", "5111", "4111", "3111", "1111", "9000");
            assertThat(gemeente.get("/indicatoren/leerlingen_bao?niveau=gemeente&gebied=GM0861")
                            .code())
                    .isEqualTo(403);
            assertThat(gemeente.get("/indicatoren/leerlingen_bao?niveau=bestuur")
                            .code())
                    .isEqualTo(403);
            assertThat(gemeente.get("/api/indicatoren/leerlingen_bao?niveau=gemeente&gebied=GM0861")
                            .body()
                            .string())
                    .isEqualTo("[]");
        });
    }

    @Test
    void aBestuurAccountSeesItsBestuurAndItsVestigingenAndTheSwvOnly() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser bestuur = TestUser.as(http.getOrigin(), "bestuur");
            String rows = bestuur.get("/api/indicatoren/leerlingen_bao").body().string();
            assertThat(rows).contains("6111", "1111", "1333", "9000");
            assertThat(rows).doesNotContain("2889", "1222", "5111", "3889", "4111", "3111");
            assertThat(bestuur.get("/indicatoren/leerlingen_bao?niveau=gemeente")
                            .code())
                    .isEqualTo(403);
            assertThat(bestuur.get("/indicatoren/leerlingen_bao?niveau=vestiging&gebied=02BB00")
                            .code())
                    .isEqualTo(403);
            String page = bestuur.get("/indicatoren/leerlingen_bao?niveau=vestiging")
                    .body()
                    .string();
            assertThat(page).contains("De Eik", "De Linde", "1.111", "1.333").doesNotContain("De Beuk", "1.222");
        });
    }

    @Test
    void theCommissionSeesEveryAreaAndTheAnalistTooWithExactFigures() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            for (String rol : List.of("kwaliteitscommissie", "ledenraad", "analist", "beheerder")) {
                String rows = TestUser.as(http.getOrigin(), rol)
                        .get("/api/indicatoren/leerlingen_bao")
                        .body()
                        .string();
                assertThat(rows).as(rol).contains("4222", "3222", "3889", "2889", "1222", "1333", "6111");
            }
        });
    }
}

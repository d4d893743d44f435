package nl.dekkend.dashboard.pdca;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One whole cycle through the pages, with the roles, validation and the figures as presented. */
class PdcaPagesTest {

    @TempDir
    Path warehouseDir;

    @Test
    void aCommissieRunsACycleAndTheClosedCycleKeepsItsFiguresAfterACorrection() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "lake_versies");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser kc = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            assertThat(kc.get("/pdca").body().string()).contains("Er is nog geen cyclus", "Nieuwe cyclus openen");

            // a norm without a reason is refused, with the input kept
            kc.get("/pdca/normen");
            var refused = kc.post(
                    "/pdca/normen",
                    Map.of(
                            "indicator",
                            "deelname_sbo",
                            "planperiode",
                            "2013-2017",
                            "richting",
                            "lager_beter",
                            "norm",
                            "1,90",
                            "grens",
                            "",
                            "reden",
                            " "));
            assertThat(refused.code()).isEqualTo(400);
            assertThat(refused.body().string()).contains("Geef een reden voor de wijziging.", "value=\"1,90\"");
            var changed = kc.post(
                    "/pdca/normen",
                    Map.of(
                            "indicator",
                            "deelname_sbo",
                            "planperiode",
                            "2013-2017",
                            "richting",
                            "lager_beter",
                            "norm",
                            "1,90",
                            "grens",
                            "2,10",
                            "reden",
                            "Ambitie uit het ondersteuningsplan."));
            assertThat(changed.code()).isEqualTo(303);
            assertThat(kc.get("/pdca/normen?indicator=deelname_sbo").body().string())
                    .contains("Ambitie uit het ondersteuningsplan.", "kwaliteitscommissie", "≤ 1,90 %");
            // the status shows everywhere at once, without a new publication: 1,83 % is groen now
            assertThat(kc.get("/api/indicatoren/deelname_sbo?periode=2013-2014&niveau=swv")
                            .body()
                            .string())
                    .contains("\"status\":\"groen\"");

            kc.get("/pdca");
            var bad = kc.post("/pdca/cycli", Map.of("code", "2013-2015 H2"));
            assertThat(bad.code()).isEqualTo(400);
            assertThat(bad.body().string()).contains("bijvoorbeeld 2024-2025 H1", "value=\"2013-2015 H2\"");
            assertThat(kc.post("/pdca/cycli", Map.of("code", "2013-2014 H2")).code())
                    .isEqualTo(303);
            String overview = kc.get("/pdca/cycli/2013-2014-H2").body().string();
            assertThat(overview).contains("Deelnamepercentage SBO", "1,83 %", "≤ 1,90 %", "Groen", "ontbreekt");

            String page = "/pdca/cycli/2013-2014-H2/indicatoren/deelname_sbo";
            kc.get(page);
            var empty = kc.post(page + "/analyse", Map.of("tekst", "  "));
            assertThat(empty.code()).isEqualTo(400);
            assertThat(empty.body().string()).contains("Schrijf de analyse");
            assertThat(kc.post(page + "/analyse", Map.of("tekst", "De SBO-deelname daalt licht."))
                            .code())
                    .isEqualTo(303);
            var wrongAction = kc.post(
                    page + "/acties",
                    Map.of(
                            "omschrijving",
                            "=HYPERLINK(\"x\")",
                            "eigenaar",
                            "Directeur",
                            "gemeente",
                            "",
                            "deadline",
                            "morgen",
                            "status",
                            "open",
                            "evaluatie",
                            ""));
            assertThat(wrongAction.code()).isEqualTo(400);
            assertThat(wrongAction.body().string())
                    .contains("Geef een deadline als datum", "value=\"morgen\"", "=HYPERLINK(&quot;x&quot;)");
            assertThat(kc.post(
                                    page + "/acties",
                                    Map.of(
                                            "omschrijving",
                                            "=HYPERLINK(\"x\")",
                                            "eigenaar",
                                            "Directeur",
                                            "gemeente",
                                            "",
                                            "deadline",
                                            "1-3-2014",
                                            "status",
                                            "open",
                                            "evaluatie",
                                            ""))
                            .code())
                    .isEqualTo(303);
            assertThat(kc.post(
                                    page + "/acties",
                                    Map.of(
                                            "omschrijving",
                                            "Overleg in Bergeijk",
                                            "eigenaar",
                                            "Wethouder",
                                            "gemeente",
                                            ServingFixture.GEMEENTE,
                                            "deadline",
                                            "2099-01-01",
                                            "status",
                                            "lopend",
                                            "evaluatie",
                                            ""))
                            .code())
                    .isEqualTo(303);
            String withActions = kc.get(page).body().string();
            assertThat(withActions).contains("De SBO-deelname daalt licht.", "over deadline", "Overleg in Bergeijk");

            kc.get("/pdca/cycli/2013-2014-H2");
            assertThat(kc.post("/pdca/cycli/2013-2014-H2/sluiten", Map.of()).code())
                    .isEqualTo(303);
            assertThat(kc.get("/pdca/cycli/2013-2014-H2").body().string())
                    .contains(
                            "Gesloten op", "De huidige publicatie geeft dezelfde cijfers", "gold/kpi_values: versie 4");

            // a corrected file, a new publication: the closed cycle keeps 1,83 % and marks today's 2,00 %
            fixture.publish("y", "po3009", "lake_versies", "deelname_sbo_2_00");
            String closed = kc.get("/pdca/cycli/2013-2014-H2").body().string();
            assertThat(closed)
                    .contains("1 cijfer(s) wijken af van de huidige publicatie", "<mark>2,00 % (+0,17 %)</mark>")
                    .contains("1,83 %", "Groen");

            // the ledenraad reads, but cannot write
            TestUser ledenraad = TestUser.as(http.getOrigin(), "ledenraad");
            assertThat(ledenraad.get(page).body().string())
                    .contains("De SBO-deelname daalt licht.")
                    .doesNotContain("Analyse opslaan");
            assertThat(ledenraad.post("/pdca/normen", Map.of("reden", "x")).code())
                    .isEqualTo(403);

            // a gemeente sees only the action that names its gemeente
            TestUser gemeente = TestUser.as(http.getOrigin(), "gemeente");
            assertThat(gemeente.get("/pdca/acties").body().string())
                    .contains("Overleg in Bergeijk")
                    .doesNotContain("HYPERLINK");

            // the register exports CSV for Excel: BOM, semicolons, a formula neutralised
            var csv = kc.get("/pdca/acties?formaat=csv");
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            String text = csv.body().string();
            assertThat(text).startsWith("\uFEFFcyclus;indicator;thema;omschrijving;eigenaar");
            assertThat(text)
                    .contains(
                            "2013-2014 H2;Deelnamepercentage SBO;deelname;\"'=HYPERLINK(\"\"x\"\")\";Directeur;;1-3-2014;open;ja;");
            assertThat(kc.get("/pdca/acties?formaat=xlsx&status=lopend")
                            .body()
                            .string()
                            .getBytes(StandardCharsets.ISO_8859_1))
                    .startsWith((byte) 'P', (byte) 'K');
        });
    }
}

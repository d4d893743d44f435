package nl.dekkend.dashboard.thema;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme pages answer the commission's question with the chart that suits the data (matrix.sql). */
class ThemaSectionsTest {

    @TempDir
    Path warehouseDir;

    @Test
    void tijdelijkheidShowsTheKaplanMeierCurvesWithMedianAndTheTableAtOneToFourYears() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "matrix");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String html = TestUser.as(http.getOrigin(), "beheerder")
                    .get("/thema/tijdelijkheid")
                    .body()
                    .string();
            String section = section(html, "sectie-duur");
            // all placements: S(365) = S(300) = 0,6188; the median is the first day with S <= 0,5: day 400
            assertThat(section)
                    .contains(
                            "Van de 16 plaatsingen (alle plaatsingen, 2014-2015) is na één jaar naar schatting 61,9 %"
                                    + " nog geplaatst; de mediane duur is 400 dagen.",
                            "<th scope=\"row\">Alle plaatsingen</th><td class=\"num\">16</td><td class=\"num\">61,9 %</td>"
                                    + "<td class=\"num\">–</td>",
                            // SBO: median 200 days (S = 0,3333); observed up to day 200 only, so unknown at 1 year
                            "<th scope=\"row\">SBO</th><td class=\"num\">12</td><td class=\"num\">–</td>"
                                    + "<td class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">–</td>"
                                    + "<td class=\"num\">200 dagen</td>");
            // the curve itself: a step line per soort starting at 100 %, in the chart JSON
            assertThat(section)
                    .contains(
                            "\"step\":\"end\"",
                            "\"name\":\"Alle plaatsingen\"",
                            "\"data\":[[0,100],[100,87.50],[200,68.75],[300,61.88],[400,34.38]");
        });
    }

    @Test
    void theCommissionSeesOnlyTheCurvesThePrivacyLayerDiscloses() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "matrix");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String section = section(
                    TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                            .get("/thema/tijdelijkheid")
                            .body()
                            .string(),
                    "sectie-duur");
            assertThat(section)
                    .contains("<th scope=\"row\">Alle plaatsingen</th>")
                    .doesNotContain("SBO</th>", "SO categorie 1", "[100,87.50]");
        });
    }

    @Test
    void dekkendAanbodShowsAHeatMapAndNamesEveryGap() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "matrix");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String beheerder = section(
                    TestUser.as(http.getOrigin(), "beheerder")
                            .get("/thema/dekkend_aanbod")
                            .body()
                            .string(),
                    "sectie-matrix");
            assertThat(beheerder)
                    .contains(
                            "In 2014-2015 is er in 1 van de 4 combinaties van stadsdeel en ondersteuningsbehoefte een"
                                    + " tekort aan plekken.",
                            "<li>Tekort van 3 plekken voor leren in stadsdeel Bergeijk-Noord.</li>",
                            "\"type\":\"heatmap\"",
                            "\"data\":[\"Bergeijk-Noord\",\"Veldhoven-Zuid\"]",
                            "\"data\":[\"gedrag\",\"leren\",\"taal spraak\"]",
                            "[0,1,3]",
                            "<th scope=\"row\">Bergeijk-Noord</th><td>leren</td><td class=\"num\">23</td>"
                                    + "<td class=\"num\">20</td><td class=\"num\">20</td><td class=\"num\">3</td>"
                                    + "<td class=\"num\">3</td>");
            String commissie = section(
                    TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                            .get("/thema/dekkend_aanbod")
                            .body()
                            .string(),
                    "sectie-matrix");
            // the gap is still named, its number is not; the hidden cell has no figure in the chart
            assertThat(commissie)
                    .contains(
                            "<li>Tekort voor leren in stadsdeel Bergeijk-Noord (aantal onderdrukt).</li>",
                            "[0,1,\"-\"]")
                    .doesNotContain("Tekort van 3", "[0,1,3]");
        });
    }

    @Test
    void financienShowsBegrotingAgainstRealisatieAndTheReserveAgainstTheSignaleringswaardeOverTheYears() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "financien_jaren");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String html = TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                    .get("/thema/financien")
                    .body()
                    .string();
            assertThat(section(html, "sectie-begroting"))
                    .contains(
                            "In 2020 lag de realisatie € 20.000 (1,82 %) onder de begroting.",
                            "<th scope=\"row\">2019</th><td class=\"num\">€ 1.000.000</td><td class=\"num\">€ 1.050.000</td>"
                                    + "<td class=\"num\">+€ 50.000</td><td class=\"num\">5,00 %</td>",
                            "<th scope=\"row\">2020</th><td class=\"num\">€ 1.100.000</td><td class=\"num\">€ 1.080.000</td>"
                                    + "<td class=\"num\">−€ 20.000</td><td class=\"num\">-1,82 %</td>",
                            "\"data\":[1000000.0000,1100000.0000]",
                            "\"data\":[1050000.0000,1080000.0000]");
            assertThat(section(html, "sectie-reserve"))
                    .contains(
                            "Eind 2020 was de reserve € 240.000, 91,43 % van de signaleringswaarde van € 262.500: niet"
                                    + " bovenmatig.",
                            "<th scope=\"row\">2019</th><td class=\"num\">€ 300.000</td><td class=\"num\">€ 250.000</td>"
                                    + "<td class=\"num\">120,00 %</td>",
                            "\"data\":[300000.0000,240000.0000]",
                            "\"data\":[250000.0000,262500.0000]");
        });
    }

    @Test
    void thuiszittersShowsTheCountOnEachPeildatumByCategorieWithNewAndResolved() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "thuiszitters_jaren");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String section = section(
                    TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                            .get("/thema/thuiszitters")
                            .body()
                            .string(),
                    "sectie-thuiszitters");
            assertThat(section)
                    .contains(
                            "Op de peildatum van 2024-2025 zaten er 14 leerlingen thuis: 6 absoluut verzuim, 8 langdurig"
                                    + " relatief verzuim.",
                            "<th scope=\"row\">2024-2025</th><td class=\"num\">6</td><td class=\"num\">8</td>"
                                    + "<td class=\"num\">14</td><td class=\"num\">9</td><td class=\"num\">62,50 %</td>",
                            "<th scope=\"row\">2023-2024</th><td class=\"num\">5</td><td class=\"num\">7</td>"
                                    + "<td class=\"num\">12</td><td class=\"num\">–</td>",
                            "\"stack\"",
                            "\"name\":\"Absoluut verzuim\"");
        });
    }

    @Test
    void thuisnabijheidShowsTheFourSharesPerWijkAsStackedBarsAndTable() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope", "thuisnabij");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String section = section(
                    TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                            .get("/thema/thuisnabijheid")
                            .body()
                            .string(),
                    "sectie-thuisnabijheid");
            assertThat(section)
                    .contains(
                            "In 2024-2025 gaat in Zeelst het kleinste deel van de leerlingen met extra ondersteuning"
                                    + " in de eigen wijk naar school: 20,00 %.",
                            "<th scope=\"row\">WK086101</th><td>Zeelst</td><td class=\"num\">20,00 %</td>"
                                    + "<td class=\"num\">40,00 %</td><td class=\"num\">20,00 %</td>"
                                    + "<td class=\"num\">20,00 %</td>",
                            "<th scope=\"row\">WK172401</th><td>Weebosch</td><td class=\"num\">50,00 %</td>"
                                    + "<td class=\"num\">25,00 %</td><td class=\"num\">12,50 %</td>"
                                    + "<td class=\"num\">12,50 %</td>",
                            "\"stack\"",
                            "\"data\":[\"Zeelst\",\"Weebosch\"]",
                            "\"name\":\"Eigen wijk\"",
                            "\"data\":[20.0000,50.0000]",
                            "\"data\":[40.0000,25.0000]",
                            // a click on a wijk's bar opens that wijk (these indicators have no level below it)
                            "\"links\":[\"/indicatoren/thuisnabij_eigen_wijk?niveau=wijk\\u0026gebied=WK086101"
                                    + "\\u0026periode=2024-2025\"")
                    .doesNotContain("30,00 %");
            // a gemeente account sees its own wijk only
            String own = section(
                    TestUser.as(http.getOrigin(), "gemeente")
                            .get("/thema/thuisnabijheid")
                            .body()
                            .string(),
                    "sectie-thuisnabijheid");
            assertThat(own).contains("Weebosch", "50,00 %").doesNotContain("Zeelst", "40,00 %");
        });
    }

    @Test
    void thuisnabijheidShowsTheFlowsFromHomeWijkToSchoolWijkAsASankeyPerSoortThroughThePrivacyLayer() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope", "stromen");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String beheerder = section(
                    TestUser.as(http.getOrigin(), "beheerder")
                            .get("/thema/thuisnabijheid")
                            .body()
                            .string(),
                    "sectie-stromen-sbo");
            // 30 + 8 + 4 + 25 + 12 + 3 + 6 = 88 pupils, 30 + 25 = 55 in their own wijk
            assertThat(beheerder)
                    .contains(
                            "In 2014-2015 gaan van de 88 getoonde leerlingen in het SBO er 55 in hun eigen wijk naar"
                                    + " school.",
                            "\"type\":\"sankey\"",
                            "{\"source\":\"Weebosch (wonen)\",\"target\":\"Weebosch (school)\",\"value\":30}",
                            "<th scope=\"row\">Weebosch</th><td>Weebosch</td><td class=\"num\">30</td>",
                            "<th scope=\"row\">Zeelst</th><td>Buiten de regio</td><td class=\"num\">3</td>")
                    .doesNotContain("77");
            String commissie = TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                    .get("/thema/thuisnabijheid")
                    .body()
                    .string();
            // 4 and 3 are small; 8, 12, 30 and 6 would give them away (see stromen.sql): only 25 is shown
            assertThat(section(commissie, "sectie-stromen-sbo"))
                    .contains(
                            "In 2014-2015 gaan van de 25 getoonde leerlingen in het SBO er 25 in hun eigen wijk naar"
                                    + " school; 6 stromen zijn afgeschermd.",
                            "{\"source\":\"Zeelst (wonen)\",\"target\":\"Zeelst (school)\",\"value\":25}",
                            "<th scope=\"row\">Zeelst</th><td>Zeelst</td><td class=\"num\">25</td>",
                            "<th scope=\"row\">Weebosch</th><td>Weebosch</td><td class=\"num\">&lt; 5</td>")
                    .doesNotContain("\"value\":30", "\"value\":12", "\"value\":8", "\"value\":6");
            assertThat(section(commissie, "sectie-stromen-so"))
                    .contains(
                            "<th scope=\"row\">Weebosch</th><td>Zeelst</td><td class=\"num\">11</td>",
                            "<th scope=\"row\">Zeelst</th><td>Zeelst</td><td class=\"num\">9</td>");
            // a gemeente account sees the flows into and out of its wijk, hidden as for the commission
            String gemeente = TestUser.as(http.getOrigin(), "gemeente")
                    .get("/thema/thuisnabijheid")
                    .body()
                    .string();
            assertThat(section(gemeente, "sectie-stromen-sbo"))
                    .contains("In 2014-2015 zijn alle stromen naar het SBO afgeschermd.")
                    .doesNotContain("<td>Buiten de regio</td><td class=\"num\">3</td>", "Zeelst</th><td>Zeelst");
            assertThat(section(gemeente, "sectie-stromen-so"))
                    .contains("<td class=\"num\">11</td>")
                    .doesNotContain("Zeelst</th><td>Zeelst");
        });
    }

    @Test
    void thuisnabijheidShowsTheDistancesPerSoortAsBarsOfSharesThroughThePrivacyLayer() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "afstanden");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String beheerder = section(
                    TestUser.as(http.getOrigin(), "beheerder")
                            .get("/thema/thuisnabijheid")
                            .body()
                            .string(),
                    "sectie-afstanden");
            // BaO 3 / 1000 = 0,30 %, SO 30 / 80 = 37,50 %; SBO has no pupils at 20 km or more: 0
            assertThat(beheerder)
                    .contains(
                            "<th scope=\"row\">20 km of meer</th><td class=\"num\">3</td><td class=\"num\">0,30 %</td>"
                                    + "<td class=\"num\">0</td><td class=\"num\">0,00 %</td><td class=\"num\">30</td>"
                                    + "<td class=\"num\">37,50 %</td>",
                            "\"data\":[40.00,30.00,20.00,8.00,1.70,0.30]",
                            "\"data\":[2.50,0.00,10.00,18.75,31.25,37.50]")
                    .doesNotContain("777");
            String commissie = section(
                    TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                            .get("/thema/thuisnabijheid")
                            .body()
                            .string(),
                    "sectie-afstanden");
            // BaO 3 is small and 17 hidden with it; SO 2 is small and 8 hidden with it (see afstanden.sql)
            assertThat(commissie)
                    .contains(
                            "In 2024-2025 woont de grootste groep leerlingen van de basisschool (40,00 %) op 0–1 km,"
                                    + " het SBO (40,00 %) op 2–5 km en het SO (37,50 %) op 20 km of meer van school.",
                            "<th scope=\"row\">0–1 km</th><td class=\"num\">400</td><td class=\"num\">40,00 %</td>"
                                    + "<td class=\"num\">10</td><td class=\"num\">10,00 %</td>"
                                    + "<td class=\"num\">&lt; 5</td><td class=\"num\">&lt; 5</td>",
                            "<th scope=\"row\">10–20 km</th><td class=\"num\">&lt; 5</td><td class=\"num\">&lt; 5</td>"
                                    + "<td class=\"num\">10</td><td class=\"num\">10,00 %</td>"
                                    + "<td class=\"num\">25</td><td class=\"num\">31,25 %</td>",
                            "<th scope=\"row\">Totaal</th><td class=\"num\">1.000</td><td class=\"num\">100,00 %</td>",
                            "\"data\":[40.00,30.00,20.00,8.00,null,null]",
                            "\"data\":[null,0.00,null,18.75,31.25,37.50]",
                            // a click on a bar opens the median distance, one level below the SWV where there is one
                            "\"links\":[\"/indicatoren/thuisnabij_afstand_mediaan?niveau=swv\\u0026gebied=PO3009"
                                    + "\\u0026periode=2024-2025\"")
                    .doesNotContain(">17<", ">3<", "1.70", "0.30", "2.50", ">8<");
        });
    }

    @Test
    void thuisnabijheidPlotsTheVestigingenByTheirCoordinatesWithTheWijkenTheyDrawFrom() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope", "stromen", "herkomst");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String beheerder = section(
                    TestUser.as(http.getOrigin(), "beheerder")
                            .get("/thema/thuisnabijheid")
                            .body()
                            .string(),
                    "sectie-vestigingen");
            assertThat(beheerder)
                    .contains(
                            "In 2014-2015 staan 3 van de 4 vestigingen op de kaart; van de grootste vestiging met"
                                    + " zichtbare woonwijken, De Eik (42 leerlingen), komen de meeste leerlingen uit"
                                    + " Weebosch.",
                            "<th scope=\"row\">De Eik</th><td>SBO</td><td>Weebosch (30), Zeelst (12)</td>"
                                    + "<td class=\"num\">42</td>",
                            "<th scope=\"row\">De Wilg</th><td>Basisschool</td><td>Weebosch (3)</td>"
                                    + "<td class=\"num\">3</td>",
                            "\"type\":\"scatter\"",
                            "\"value\":[5.35,51.3]");
            String html = TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                    .get("/thema/thuisnabijheid")
                    .body()
                    .string();
            // the SBO cells equal the flows: hidden where the flow is (see herkomst.sql); De Wilg's 3 is small
            assertThat(section(html, "sectie-vestigingen"))
                    .contains(
                            "van de grootste vestiging met zichtbare woonwijken, De Beuk (39 leerlingen), komen de"
                                    + " meeste leerlingen uit Zeelst.",
                            "<th scope=\"row\">De Eik</th><td>SBO</td><td>afgeschermd (anders zijn kleine aantallen terug te rekenen)</td>"
                                    + "<td class=\"num\">42</td>",
                            "<th scope=\"row\">De Beuk</th><td>SBO</td><td>Zeelst (25)</td><td class=\"num\">39</td>",
                            "<th scope=\"row\">SO De Linde</th><td>SO</td><td>Weebosch (11), Zeelst (9)</td>"
                                    + "<td class=\"num\">20</td>",
                            "<th scope=\"row\">De Wilg</th><td>Basisschool</td><td>afgeschermd</td>"
                                    + "<td class=\"num\">&lt; 5</td>",
                            "\"Meeste leerlingen uit: Zeelst (25)\"",
                            // a click on a point opens the vestiging's pupils
                            "\"/indicatoren/leerlingen_sbo?niveau=vestiging\\u0026gebied=01AA00\\u0026periode=2014-2015\"")
                    .doesNotContain("Weebosch (30)", "(12)", "(8)", "(6)", "(3)");
            // the flows they add up to stay as the privacy layer decided: only Zeelst -> Zeelst 25 shown
            assertThat(section(html, "sectie-stromen-sbo"))
                    .contains("In 2014-2015 gaan van de 25 getoonde leerlingen in het SBO er 25 in hun eigen wijk naar"
                            + " school; 6 stromen zijn afgeschermd.");
            String gemeente = section(
                    TestUser.as(http.getOrigin(), "gemeente")
                            .get("/thema/thuisnabijheid")
                            .body()
                            .string(),
                    "sectie-vestigingen");
            assertThat(gemeente).contains("De Eik").doesNotContain("De Beuk", "SO De Linde");
        });
    }

    @Test
    void financienShowsTheBekostigingAsAWaterfallFromNormatiefToResterend() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "bekostiging");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String section = section(
                    TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                            .get("/thema/financien")
                            .body()
                            .string(),
                    "sectie-bekostiging");
            // 5.613.518 - 2.100.000 - 150.000 = 3.363.518; the bars float on 3.513.518 and 3.363.518
            assertThat(section)
                    .contains(
                            "In 2015-2016 blijft van het normatieve budget zware ondersteuning van € 5.613.518, na de"
                                    + " ondersteuningskosten SO (€ 2.100.000) en de vereveningscorrectie (−€ 150.000),"
                                    + " € 3.363.518 over.",
                            "\"data\":[0,3513518.0000,3363518.0000,0]",
                            "{\"value\":2100000.0000,\"itemStyle\":{\"color\":\"#a0245a\"}}",
                            "<th scope=\"row\">Ondersteuningskosten SO</th><td class=\"num\">−€ 2.100.000</td>",
                            "<th scope=\"row\">Resterend ondersteuningsbudget</th><td class=\"num\">€ 3.363.518</td>",
                            "<th scope=\"row\">Afdracht SBO boven 2 % (staat apart, niet afgetrokken)</th>"
                                    + "<td class=\"num\">€ 40.000</td>");
        });
    }

    @Test
    void deelnameShowsSboAndSoByWoongemeente() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "woongemeente");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String beheerder = section(
                    TestUser.as(http.getOrigin(), "beheerder")
                            .get("/thema/deelname")
                            .body()
                            .string(),
                    "sectie-woongemeente");
            assertThat(beheerder)
                    .contains(
                            "In 2014-2015 is de SBO-deelname naar woongemeente het hoogst in Bergeijk: 2,00 %.",
                            "\"data\":[\"Bergeijk\",\"Veldhoven\"]",
                            "\"data\":[2.0000,1.5000]",
                            "\"data\":[0.8000,0.1000]",
                            "<th scope=\"row\">Bergeijk</th><td class=\"num\">2,00 %</td><td class=\"num\">0,80 %</td>",
                            "<th scope=\"row\">Veldhoven</th><td class=\"num\">1,50 %</td><td class=\"num\">0,10 %</td>")
                    .doesNotContain("5,50 %");
            String commissie = section(
                    TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                            .get("/thema/deelname")
                            .body()
                            .string(),
                    "sectie-woongemeente");
            // Veldhoven's SO cell counts 3 pupils: hidden in the table and left out of the chart
            assertThat(commissie)
                    .contains(
                            "<th scope=\"row\">Veldhoven</th><td class=\"num\">1,50 %</td><td class=\"num\">&lt; 5</td>")
                    .doesNotContain("0,10 %", "0.1000");
        });
    }

    @Test
    void toeleidingShowsRequestsAndDecisionsPerSchooljaarWithLeadTimeAndTerm() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "toeleiding");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String section = section(
                    TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                            .get("/thema/toeleiding")
                            .body()
                            .string(),
                    "sectie-toeleiding");
            assertThat(section)
                    .contains(
                            "In 2014-2015: 130 aanvragen en 127 besluiten; binnen de termijn: 94,49 %, mediane"
                                    + " doorlooptijd 38,0 dagen.",
                            "\"data\":[\"2013-2014\",\"2014-2015\"]",
                            "\"data\":[120.0000,130.0000]",
                            "\"data\":[118.0000,127.0000]",
                            "class=\"num\">Besluit binnen termijn</th>",
                            "<th scope=\"row\">2013-2014</th><td class=\"num\">120</td><td class=\"num\">118</td>"
                                    + "<td class=\"num\">41,5 dagen</td><td class=\"num\">93,22 %</td>")
                    .doesNotContain("70.0000");
        });
    }

    @Test
    void basiskwaliteitShowsTheIjkpuntenAsAHeatMapPerBestuurAndNamesTheInspectieVerdicts() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope", "basiskwaliteit");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            String section = section(
                    TestUser.as(http.getOrigin(), "kwaliteitscommissie")
                            .get("/thema/basiskwaliteit")
                            .body()
                            .string(),
                    "sectie-ijkpunten");
            assertThat(section)
                    .contains(
                            "In 2014-2015 scoren vestigingen bij 2 van de 4 combinaties van bestuur en ijkpunt een"
                                    + " ijkpunt van de basisondersteuning lager dan 3.",
                            "\"type\":\"heatmap\"",
                            "\"data\":[\"Stichting Ander\",\"Stichting Eigen\"]",
                            "\"data\":[\"veiligheid\",\"zicht op ontwikkeling\"]",
                            "[[0,0,3],[0,1,0],[1,0,0],[1,1,2]]",
                            "<th scope=\"row\">Stichting Eigen</th><td>zicht op ontwikkeling</td>"
                                    + "<td class=\"num\">2</td><td class=\"num\">10</td>",
                            "<li>Stichting Eigen: 1 van de 10 vestigingen met een oordeel van de Inspectie heeft een"
                                    + " onvoldoende of (zeer) zwak eindoordeel.</li>")
                    .doesNotContain("Stichting Ander: 0", "[1,1,9]");
        });
    }

    private static String section(String html, String id) {
        int start = html.indexOf("aria-labelledby=\"" + id + "\"");
        assertThat(start).as("section %s", id).isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }
}

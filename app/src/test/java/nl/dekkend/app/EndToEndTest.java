package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Rol;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.appdb.pdca.Actions;
import nl.dekkend.appdb.pdca.Analyses;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.CycleFigure;
import nl.dekkend.appdb.pdca.Cycles;
import nl.dekkend.appdb.pdca.Norm;
import nl.dekkend.appdb.pdca.Norms;
import nl.dekkend.appdb.pdca.Planperiode;
import nl.dekkend.dashboard.DashboardConfig;
import nl.dekkend.dashboard.DashboardServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The product as a user drives it: files in an inbox, {@code dekkend run}, then {@code dekkend indicator},
 * {@code dekkend loads} and the dashboard on what was published. The inbox holds DOMAIN.md's worked
 * example as an SWV would deliver it (Windows-1252, semicolons, Dutch dates and thousands dots) and
 * one file that must be rejected.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    @TempDir
    static Path dir;

    static Path home;
    static Output run;

    record Output(int exitCode, String out, String err) {}

    static Output dekkend(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Output(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void runThePipeline() throws Exception {
        Path inbox = dir.resolve("inbox");
        home = dir.resolve("home");
        Files.createDirectories(inbox.resolve("duo_leerlingen_swv"));
        Files.writeString(
                inbox.resolve("duo_leerlingen_swv/leerlingen swv 2013.csv"),
                "SWV_CODE;Teldatum;BaO;SBO;SO_cat1;SO_cat2;SO_cat3\r\nPO3009;1-10-2013;16.967;316;186;19;26\r\n",
                Charset.forName("windows-1252"));
        Files.createDirectories(inbox.resolve("duo_landelijk"));
        Files.writeString(
                inbox.resolve("duo_landelijk/landelijk.csv"),
                "teldatum;sbo_pct;so_cat1_pct;so_cat2_pct;so_cat3_pct;so_totaal_pct\n1-10-2013;2,61;1,21;0,14;0,21;1,56\n",
                Charset.forName("windows-1252"));
        Files.createDirectories(inbox.resolve("tlv"));
        Files.writeString(inbox.resolve("tlv/tlv zonder soort.csv"), "tlv_nummer;leerling_id\nT1;L1\n");

        run = dekkend("run", "--inbox", inbox.toString(), "--home", home.toString(), "--master", "local[2]");
    }

    @Test
    void runLoadsPublishesAndExitsWithOneBecauseAFileWasRejected() {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("1/3 Inlezen", "2/3 Indicatoren berekenen", "3/3 Publiceren")
                .contains("Afgewezen: tlv/tlv zonder soort.csv");
        assertThat(Files.isSymbolicLink(home.resolve("warehouse/current.duckdb")))
                .isTrue();
    }

    @Test
    void indicatorPrintsTheContractCsvWithTheDuoFigures() {
        String header = "indicator;periode;niveau;gebied;teller;noemer;waarde;eenheid;norm;status;onderdrukt\n";
        String[][] expected = {
            {"deelname_sbo", "316", "1.83"},
            {"deelname_so", "231", "1.34"},
            {"deelname_so_cat1", "186", "1.08"},
            {"deelname_so_cat2", "19", "0.11"},
            {"deelname_so_cat3", "26", "0.15"},
            {"deelname_sbo_so", "547", "3.16"},
        };
        for (String[] row : expected) {
            Output out = dekkend(
                    "indicator", row[0], "--periode", "2013-2014", "--niveau", "swv", "--home", home.toString());
            assertThat(out.exitCode()).as(out.err()).isZero();
            assertThat(out.out())
                    .isEqualTo(header + row[0] + ";2013-2014;swv;PO3009;" + row[1] + ";17283;" + row[2] + ";%;;;nee\n");
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // it sets a norm the other tests do not expect
    void indicatorJudgesByTheNormOfThePlanperiodeInTheAppDatabaseWithoutANewRun() {
        AppDatabase db = AppDatabase.open(AppDatabase.defaultUrl(home));
        Norms norms = new Norms(db, Clock.systemUTC());
        norms.addPlanperiode(new Planperiode("2013-2017", "2013-2014", "2016-2017"));
        norms.change(
                new Norm("deelname_sbo_so", "2013-2017", Norm.LAGER_BETER, new BigDecimal("3"), new BigDecimal("3.5")),
                "Norm van het ondersteuningsplan 2013-2017.",
                "kc");

        Output oranje = dekkend("indicator", "deelname_sbo_so", "--periode", "2013-2014", "--home", home.toString());
        norms.change(
                new Norm("deelname_sbo_so", "2013-2017", Norm.LAGER_BETER, new BigDecimal("3.2"), null),
                "Bijgesteld na de evaluatie.",
                "kc");
        Output groen = dekkend("indicator", "deelname_sbo_so", "--periode", "2013-2014", "--home", home.toString());

        assertThat(oranje.out()).endsWith("deelname_sbo_so;2013-2014;swv;PO3009;547;17283;3.16;%;3.00;oranje;nee\n");
        assertThat(groen.out()).endsWith("deelname_sbo_so;2013-2014;swv;PO3009;547;17283;3.16;%;3.20;groen;nee\n");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theDemoCyclesAreListedOldestFirstWithOneOverdueActionAndCarriedOverOnes() throws Exception {
        AppDatabase db = AppDatabase.open(AppDatabase.defaultUrl(home));
        StringWriter log = new StringWriter();
        DemoCycles.create(db, new Home(home), new PrintWriter(log, true));

        Output out = dekkend("cyclus", "list", "--home", home.toString());

        assertThat(out.exitCode()).as(out.err()).isZero();
        assertThat(out.out().lines().toList()).hasSize(4).satisfies(lines -> {
            assertThat(lines.get(0)).isEqualTo("cyclus;status;geopend_op;gesloten_op;publicatie");
            assertThat(lines.get(1))
                    .matches("2023-2024 H2;gesloten;2024-04-15T13:00:00.000Z;2024-06-20T16:00:00.000Z;\\S+");
            assertThat(lines.get(2))
                    .matches("2024-2025 H1;gesloten;2024-11-12T13:00:00.000Z;2025-01-28T16:00:00.000Z;\\S+");
            assertThat(lines.get(3)).matches("2024-2025 H2;open;2025-04-08T13:00:00.000Z;;\\S+");
        });
        Cycles cycles = new Cycles(db, Clock.systemUTC());
        Actions actions = new Actions(db, Clock.systemUTC());
        Cycle open = cycles.find("2024-2025 H2").orElseThrow();
        assertThat(actions.overdue(LocalDate.now()))
                .singleElement()
                .extracting(Action::cyclus)
                .isEqualTo("2024-2025 H1");
        assertThat(actions.forCycle(open))
                .filteredOn(a -> !a.cyclus().equals(open.code()))
                .extracting(Action::cyclus)
                .containsExactlyInAnyOrder("2023-2024 H2", "2024-2025 H1", "2024-2025 H1");
        assertThat(cycles.figures("2024-2025 H1"))
                .filteredOn(f -> f.indicator().equals("deelname_sbo_so"))
                .singleElement()
                .extracting(CycleFigure::waarde)
                .satisfies(w -> assertThat(w).isEqualByComparingTo("3.16"));
        assertThat(new Analyses(db, Clock.systemUTC())
                        .current("2024-2025 H1")
                        .get("deelname_sbo_so")
                        .tekst())
                .contains("3,16 %");
        // a second demo run keeps the cycles
        DemoCycles.create(db, new Home(home), new PrintWriter(log, true));
        assertThat(cycles.list()).hasSize(3);

        // the closed cycle's Kwaliteitsrapportage (issue 11), with the figure it froze, the Dutch way
        Path pdf = home.resolve("kwaliteitsrapportage.pdf");
        Output report =
                dekkend("report", "--cyclus", "2024-2025 H1", "--home", home.toString(), "--out", pdf.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("Kwaliteitsrapportage 2024-2025 H1 geschreven naar");
        Process text = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String words = new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ");
        assertThat(text.waitFor()).as(words).isZero();
        assertThat(words).contains("Kwaliteitsrapportage", "2024-2025 H1", "Deelname SBO + SO", "3,16 %");
    }

    @Test
    void indicatorRejectsAnUnknownIdInDutch() {
        Output out = dekkend("indicator", "bestaat_niet", "--home", home.toString());
        assertThat(out.exitCode()).isEqualTo(2);
        assertThat(out.err()).contains("Onbekende indicator 'bestaat_niet'");
    }

    @Test
    void indicatorOffersTheLevelsOfThePublishedCatalog() {
        Output out = dekkend("indicator", "deelname_sbo", "--niveau", "provincie", "--home", home.toString());
        assertThat(out.exitCode()).isEqualTo(2);
        assertThat(out.err())
                .contains("onbekend niveau 'provincie'; kies uit swv, stadsdeel, wijk, gemeente, bestuur, vestiging");
    }

    @Test
    void loadsListsEveryFileWithItsStatus() {
        Output out = dekkend("loads", "--home", home.toString());
        assertThat(out.out().lines()).first().isEqualTo("bron;bestand;status;rijen;geladen;quarantaine;melding");
        assertThat(out.out())
                .contains("duo_leerlingen_swv;duo_leerlingen_swv/leerlingen swv 2013.csv;geladen;1;1;0;")
                .contains("tlv;tlv/tlv zonder soort.csv;afgewezen;");
    }

    @Test
    void theDashboardServesThePublishedFiguresAfterLogin() throws Exception {
        AppDatabase appDatabase = AppDatabase.open(AppDatabase.defaultUrl(home));
        new Accounts(appDatabase).add("analist", Rol.ANALIST, List.of(), List.of(), "analist-wachtwoord".toCharArray());
        Javalin app =
                DashboardServer.start(new DashboardConfig(home.resolve("warehouse"), appDatabase), "127.0.0.1", 0);
        try {
            String origin = "http://127.0.0.1:" + app.port();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> anonymous = http.send(
                    HttpRequest.newBuilder(URI.create(origin + "/deelname")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(303);

            HttpResponse<String> form = http.send(
                    HttpRequest.newBuilder(URI.create(origin + "/inloggen")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie =
                    form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
            assertThat(csrf.find()).isTrue();
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(origin + "/inloggen"))
                            .header("Cookie", cookie)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "gebruikersnaam=analist&wachtwoord=analist-wachtwoord&_csrf=" + csrf.group(1)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(303);
            String session =
                    login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(origin + "/deelname"))
                            .header("Cookie", session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("1,83 %", "1,34 %", "3,16 %", "2013-2014", "2,61 %");
        } finally {
            app.stop();
            appDatabase.close();
        }
    }
}

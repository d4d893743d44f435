package nl.dekkend.dashboard.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.dekkend.appdb.AuditEntry;
import nl.dekkend.appdb.AuditFilter;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.appdb.pdca.ActionInput;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import nl.dekkend.dashboard.pdca.CycleWork;
import nl.dekkend.dashboard.pdca.Pdca;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.web.Templates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Both reports from a real publication and a real app database with a closed cycle: the text a reader gets
 * ({@code pdftotext}), the privacy of the gemeente's report, and PDF/UA-1 by veraPDF.
 */
class ReportsTest {

    private static final String CYCLUS = "2013-2014 H2";

    @TempDir
    Path dir;

    private ServingFixture fixture;
    private ServingDatabase serving;
    private Pdca pdca;
    private Reports reports;

    @BeforeEach
    void closedCycle() {
        fixture = new ServingFixture(dir);
        fixture.publish("x", "po3009", "lake_versies", "rapport_oogo", "stromen_oogo");
        serving = new ServingDatabase(dir.resolve("current.duckdb"));
        pdca = new Pdca(fixture.appDatabase(), Clock.fixed(Instant.parse("2014-03-01T10:00:00Z"), ZoneOffset.UTC));
        reports = new Reports(new Templates(), pdca);
        CycleWork work = new CycleWork(pdca);
        try (ServingReader reader = serving.open()) {
            work.open(reader, CYCLUS, List.of("gemeente"), "kwaliteitscommissie");
            pdca.analyses()
                    .save(
                            CYCLUS,
                            "deelname_sbo_so",
                            "De deelname aan SBO en SO ligt boven de norm; in Bergeijk" + " daalt ze.",
                            "kwaliteitscommissie");
            pdca.actions()
                    .add(
                            CYCLUS,
                            "deelname_sbo_so",
                            new ActionInput(
                                    "Arrangementen in het regulier uitbreiden",
                                    "Directeur",
                                    "",
                                    "1-2-2014",
                                    "lopend",
                                    ""),
                            "kwaliteitscommissie");
            pdca.actions()
                    .add(
                            CYCLUS,
                            "deelname_sbo_so",
                            new ActionInput(
                                    "Overleg met de gemeente Bergeijk", "Wethouder", "GM1724", "1-7-2014", "open", ""),
                            "kwaliteitscommissie");
            work.close(reader, CYCLUS, "kwaliteitscommissie");
        }
    }

    @Test
    void theKwaliteitsrapportageShowsTheCycleTheSwvAndTheFiguresInDutch() throws Exception {
        byte[] pdf;
        try (ServingReader reader = serving.open()) {
            pdf = reports.kwaliteitsrapportage(reader, CYCLUS, "test");
        }
        String text = pdftotext(pdf);
        // the cover
        assertThat(text).contains("Kwaliteitsrapportage", "PO3009 De Kempen", CYCLUS, "Gesloten op 1-3-2014");
        // figures as `dekkend indicator` gives them for 2013-2014 (po3009.sql), the Dutch way
        assertThat(text)
                .contains("Deelname SBO + SO", "3,16 %", "≤ 3,00 %", "Oranje: aandacht nodig")
                .contains("Deelnamepercentage SBO", "1,83 %", "Deelname SO categorie 2", "0,11 %");
        // analysis, the numbered actions with their status in words, overdue at closing (deadline 1-2-2014)
        assertThat(text)
                .contains("De deelname aan SBO en SO ligt boven de norm")
                .contains("Actie 1: Arrangementen in het regulier uitbreiden")
                .contains("Actie 2: Overleg met de gemeente Bergeijk")
                .contains("over de deadline", "1-2-2014");
        // data quality and the definitions annex
        assertThat(text)
                .contains(
                        "Datakwaliteit",
                        "tlv is niet aangeleverd",
                        "Bijlage: definities",
                        "(SBO + SO) / (BaO + SBO) x 100");
        assertThat(pageCount(pdf)).isGreaterThanOrEqualTo(4);
        assertPdfUa(pdf);
    }

    @Test
    void theOogoOverzichtShowsTheGemeenteAgainstTheSwvAndHidesWhatAGemeenteMayNotSee() throws Exception {
        byte[] pdf;
        try (ServingReader reader = serving.open()) {
            pdf = reports.oogo(reader, "1724", "2013-2014", "test");
        }
        String text = pdftotext(pdf);
        assertThat(text).contains("OOGO-overzicht", "Bergeijk", "GM1724", "2013-2014", "PO3009 De Kempen");
        // deelname SBO: Bergeijk 20 / 1500 = 1,33 %, the SWV 1,83 %, landelijk 2,56 %
        assertThat(text).contains("1,33 %", "1,83 %", "2,56 %");
        // thuisnabijheid: the SWV's 12,30 % shows, Bergeijk's 3 of 47 pupils (6,38 %) does not
        assertThat(text).contains("12,30 %", "onderdrukt*").doesNotContain("6,38");
        // the cycle's action naming Bergeijk, not the one that does not
        assertThat(text).contains("Overleg met de gemeente Bergeijk").doesNotContain("Arrangementen in het regulier");
        // residents with extra support and those with an arrangement in a regular school (rapport_oogo.sql)
        assertThat(text)
                .contains("Inwoners met extra ondersteuning", "van wie met een arrangement op een reguliere school");
        assertPdfUa(pdf);
    }

    @Test
    void theOogoOverzichtShowsTheFlowsIntoAndOutOfTheGemeenteAgainstTheSwvAsAGemeenteMaySeeThem() throws Exception {
        java.util.Map<String, Object> model;
        try (ServingReader reader = serving.open()) {
            model = OogoOverzicht.model(
                    reader,
                    pdca,
                    new nl.dekkend.dashboard.toegang.Viewer(
                            "test", nl.dekkend.appdb.Rol.GEMEENTE, java.util.Set.of("GM1724"), java.util.Set.of()),
                    "GM1724",
                    "2013-2014",
                    java.time.LocalDate.of(2014, 3, 1));
        }
        // stromen_oogo.sql: of the SBO flows only Bergeijk -> Bergeijk (40) is shown; a missing flow is 0
        assertThat(rows(model.get("stromen")))
                .containsExactly(
                        "Woont in Bergeijk en gaat er naar school: 1.400 | 40 | 0",
                        "Woont in Bergeijk, school in Geldrop-Mierlo: 0 | onderdrukt | 15",
                        "Woont in Bergeijk, school in Veldhoven: 60 | onderdrukt | 0",
                        "Woont in Bergeijk, school in een gemeente buiten de regio: 30 | 0 | 6",
                        "Woont in Geldrop-Mierlo, school in Bergeijk: 0 | onderdrukt | 0",
                        "Woont in Veldhoven, school in Bergeijk: 45 | onderdrukt | 0",
                        "Woont in een gemeente buiten de regio, school in Bergeijk: 25 | 0 | 0");
        assertThat(rows(model.get("stromenSwv")))
                .containsExactly(
                        "Woont in het samenwerkingsverband en gaat er naar school: 8.305 | 198 | 35",
                        "Woont in het samenwerkingsverband, school daarbuiten: 30 | 0 | 6",
                        "Woont buiten het samenwerkingsverband, school erin: 25 | 0 | 0");
        // arrangementen_in_regulier counts by residence (rapport_oogo.sql): Bergeijk 30 of 80 residents with extra
        // support have an arrangement in a regular school, the SWV 400 of 1.000
        @SuppressWarnings("unchecked")
        List<OogoOverzicht.Block> blocks = (List<OogoOverzicht.Block>) model.get("blocks");
        assertThat(blocks.stream()
                        .flatMap(b -> b.rows().stream())
                        .filter(r -> r.naam().startsWith("Inwoners met extra")
                                || r.naam().startsWith("van wie"))
                        .map(r -> r.gemeente().text() + " | " + r.swv().text()))
                .containsExactly("80 | 1.000", "30 | 400");
        // deelname SBO over the schooljaren: Bergeijk against the SWV, chart and table
        @SuppressWarnings("unchecked")
        List<OogoVerloop> verloop = (List<OogoVerloop>) model.get("verloop");
        OogoVerloop sbo = verloop.stream()
                .filter(v -> v.naam().equals("Deelnamepercentage SBO"))
                .findFirst()
                .orElseThrow();
        assertThat(sbo.alt())
                .isEqualTo("Lijngrafiek van Deelnamepercentage SBO per schooljaar, 2012-2013 tot 2013-2014, voor"
                        + " Bergeijk (1,38 % tot 1,33 %) en het samenwerkingsverband (1,90 % tot 1,83 %). De cijfers"
                        + " staan in de tabel ernaast.");
        assertThat(sbo.punten().stream()
                        .map(p -> p.periode() + " " + p.gemeente().text() + " "
                                + p.swv().text())
                        .toList())
                .containsExactly("2012-2013 1,38 % 1,90 %", "2013-2014 1,33 % 1,83 %");
        assertThat(sbo.svg()).startsWith("<svg").contains("<path", "<rect");
        byte[] pdf;
        try (ServingReader reader = serving.open()) {
            pdf = reports.oogo(reader, "1724", "2013-2014", "test");
        }
        assertThat(pdftotext(pdf))
                .contains(
                        "Verloop over de schooljaren: Bergeijk naast het samenwerkingsverband",
                        "Leerlingstromen van en naar Bergeijk",
                        "Woont in Bergeijk, school in Veldhoven",
                        "Woont buiten het samenwerkingsverband, school erin",
                        "8.305");
        assertPdfUa(pdf);
    }

    private static List<String> rows(Object rows) {
        @SuppressWarnings("unchecked")
        List<OogoStromen.Row> list = (List<OogoStromen.Row>) rows;
        return list.stream()
                .map(r -> r.richting() + ": "
                        + r.leerlingen().stream()
                                .map(c -> c.onderdrukt() ? "onderdrukt" : c.text())
                                .collect(Collectors.joining(" | ")))
                .toList();
    }

    @Test
    void theButtonsDownloadForTheRightRolesAndTheAuditLogHasEachDownload() {
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser ledenraad = TestUser.as(http.getOrigin(), "ledenraad");
            assertThat(ledenraad.get("/pdca/cycli/2013-2014-H2").body().string())
                    .contains("/pdca/cycli/2013-2014-H2/rapport.pdf")
                    .doesNotContain("/rapport/oogo.pdf");
            var pdf = ledenraad.get("/pdca/cycli/2013-2014-H2/rapport.pdf");
            assertThat(pdf.code()).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(pdf.body().string()).startsWith("%PDF-");
            assertThat(ledenraad.get("/pdca/cycli/2030-2031-H1/rapport.pdf").code())
                    .isEqualTo(404);
            assertThat(ledenraad.get("/rapport/oogo.pdf?periode=2013-2014").code())
                    .isEqualTo(403);

            TestUser gemeente = TestUser.as(http.getOrigin(), "gemeente");
            assertThat(gemeente.get("/pdca/cycli/2013-2014-H2").body().string())
                    .contains("/rapport/oogo.pdf?periode=2013-2014")
                    .doesNotContain("rapport.pdf\"");
            assertThat(gemeente.get("/pdca/cycli/2013-2014-H2/rapport.pdf").code())
                    .isEqualTo(403);
            assertThat(gemeente.get("/rapport/oogo.pdf?periode=2013-2014")
                            .body()
                            .string())
                    .startsWith("%PDF-");
            assertThat(gemeente.get("/rapport/oogo.pdf?periode=2013-2014&gemeente=GM0034")
                            .code())
                    .isEqualTo(403);
            assertThat(TestUser.as(http.getOrigin(), "bestuur")
                            .get("/rapport/oogo.pdf?periode=2013-2014")
                            .code())
                    .isEqualTo(403);
        });
        assertThat(new AuditLog(fixture.appDatabase()).list(AuditFilter.alles()))
                .filteredOn(e -> e.actie().equals(AuditLog.EXPORT))
                .extracting(AuditEntry::gebruiker, AuditEntry::onderwerp)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ledenraad", "Kwaliteitsrapportage 2013-2014 H2 (pdf)"),
                        org.assertj.core.groups.Tuple.tuple("gemeente", "OOGO-overzicht GM1724 2013-2014 (pdf)"));
    }

    @Test
    void anUnknownCycleGemeenteOrSchooljaarIsRefusedInDutch() {
        try (ServingReader reader = serving.open()) {
            assertThatThrownBy(() -> reports.kwaliteitsrapportage(reader, "2030-2031 H1", "test"))
                    .isInstanceOf(Reports.Onbekend.class)
                    .hasMessage("Onbekende cyclus '2030-2031 H1'; er zijn: 2013-2014 H2.");
            assertThatThrownBy(() -> reports.oogo(reader, "GM0034", "2013-2014", "test"))
                    .isInstanceOf(Reports.Onbekend.class)
                    .hasMessageContaining("Gemeente GM0034 staat niet in de publicatie");
            assertThatThrownBy(() -> reports.oogo(reader, "GM1724", "2020-2021", "test"))
                    .isInstanceOf(Reports.Onbekend.class)
                    .hasMessage("Geen cijfers voor schooljaar 2020-2021 in de publicatie; er zijn schooljaren"
                            + " 2012-2013 t/m 2014-2015.");
            assertThatThrownBy(() -> reports.oogo(reader, "GM1724", "2013", "test"))
                    .isInstanceOf(Reports.Onbekend.class)
                    .hasMessageContaining("geef een schooljaar zoals 2024-2025");
        }
    }

    private String pdftotext(byte[] pdf) throws IOException, InterruptedException {
        Path file = dir.resolve("rapport.pdf");
        Files.write(file, pdf);
        // left in target/ to look at (pdftoppm)
        Files.write(Path.of("target", "rapport-" + Math.abs(java.util.Arrays.hashCode(pdf)) + ".pdf"), pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // a table cell may wrap: compare words, not lines (and a ligature as its letters)
        return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ");
    }

    private int pageCount(byte[] pdf) throws IOException, InterruptedException {
        Path file = dir.resolve("pages.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdfinfo", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out.lines()
                .filter(l -> l.startsWith("Pages:"))
                .map(l -> Integer.parseInt(l.substring(6).strip()))
                .findFirst()
                .orElse(0);
    }

    static void assertPdfUa(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .limit(20)
                    .collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as(failures).isTrue();
        }
    }
}

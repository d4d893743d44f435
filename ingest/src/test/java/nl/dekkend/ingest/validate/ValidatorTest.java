package nl.dekkend.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.dekkend.ingest.contract.Contracts;
import nl.dekkend.ingest.privacy.Pseudonymiser;
import nl.dekkend.ingest.read.FileReadException;
import nl.dekkend.ingest.read.TableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorTest {

    static final Contracts CONTRACTS = Contracts.load();
    static final Pseudonymiser PSEUDO = new Pseudonymiser("test-sleutel-0123456789abcdef");
    static final String SWV_HEADER = "swv_code;teldatum;bao;sbo;so_cat1;so_cat2;so_cat3\n";

    static ValidatedFile validate(String bron, String name, byte[] bytes) {
        Validator v = new Validator(CONTRACTS.require(bron), () -> PSEUDO);
        try {
            return v.validate(TableReader.read(name, bytes));
        } catch (FileReadException e) {
            return v.validate(e);
        }
    }

    static ValidatedFile swv(String text) {
        return validate("duo_leerlingen_swv", "x.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static Object value(String bron, BronzeRow row, String column) {
        List<String> names = CONTRACTS.require(bron).bronzeColumns().stream()
                .map(c -> c.naam())
                .toList();
        return row.values().get(names.indexOf(column));
    }

    @ParameterizedTest
    @CsvSource({
        "duo_leerlingen_swv, 3",
        "duo_so_leeftijd, 3",
        "duo_landelijk, 2",
        "duo_leerlingen_gemeente, 3",
        "scholen, 3",
        "gebieden, 3",
        "inschrijvingen, 3",
        "tlv, 3",
        "arrangementen, 3",
        "voorzieningen, 2",
        "thuiszitters, 3",
        "inspectie_oordelen, 3",
        "sop_ijkpunten, 3",
        "financien, 3",
        "reserves, 2",
        "normbedragen, 3",
        "prognoses, 3",
        "quota, 3"
    })
    void everyValidFixtureLoadsCompletely(String bron, long rows) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/fixtures/valid", bron + ".csv"));
        ValidatedFile f = validate(bron, bron + ".csv", bytes);
        assertThat(f.quarantine()).isEmpty();
        assertThat(f.status()).as(f.melding()).isEqualTo("geladen");
        assertThat(f.rijen()).isEqualTo(rows);
        assertThat(f.geladen()).isEqualTo(rows);
        assertThat(f.rows())
                .allSatisfy(r -> assertThat(r.values())
                        .hasSize(CONTRACTS.require(bron).bronzeColumns().size()));
    }

    @Test
    void normalisesCodesAndNumbersOfTheValidFixtures() throws IOException {
        ValidatedFile g = validate(
                "duo_leerlingen_gemeente",
                "g.csv",
                Files.readAllBytes(Path.of("src/test/resources/fixtures/valid/duo_leerlingen_gemeente.csv")));
        assertThat(g.rows())
                .extracting(r -> value("duo_leerlingen_gemeente", r, "gemeente_code"))
                .containsExactly("GM1724", "GM0863", "GM0770");
        assertThat(value("duo_leerlingen_gemeente", g.rows().get(0), "schoolgaand_bao"))
                .isEqualTo(1120);

        ValidatedFile fin = validate(
                "financien", "f.csv", Files.readAllBytes(Path.of("src/test/resources/fixtures/valid/financien.csv")));
        assertThat(fin.rows())
                .extracting(r -> value("financien", r, "bedrag"))
                .containsExactly(
                        new BigDecimal("5613518.0000"), new BigDecimal("2100000.0000"), new BigDecimal("850500.0000"));
        assertThat(fin.rows().get(0).periode()).isEqualTo("2024|begroting");

        ValidatedFile sop = validate(
                "sop_ijkpunten",
                "s.csv",
                Files.readAllBytes(Path.of("src/test/resources/fixtures/valid/sop_ijkpunten.csv")));
        assertThat(sop.rows()).extracting(BronzeRow::periode).containsExactly("2023-2024", "2023-2024", "2023-2024");

        ValidatedFile scholen = validate(
                "scholen", "s.csv", Files.readAllBytes(Path.of("src/test/resources/fixtures/valid/scholen.csv")));
        assertThat(value("scholen", scholen.rows().get(0), "latitude")).isEqualTo(new BigDecimal("51.3687"));
        assertThat(value("scholen", scholen.rows().get(1), "soort")).isEqualTo("BAO");
        assertThat(value("scholen", scholen.rows().get(0), "postcode")).isEqualTo("5531AB");
        assertThat(scholen.rows().get(0).periode()).isEmpty();
    }

    @Test
    void pseudonymisesAndMinimisesInschrijvingen() throws IOException {
        ValidatedFile f = validate(
                "inschrijvingen",
                "i.csv",
                Files.readAllBytes(Path.of("src/test/resources/fixtures/valid/inschrijvingen.csv")));
        BronzeRow first = f.rows().get(0);
        assertThat(value("inschrijvingen", first, "leerling_id"))
                .isEqualTo(PSEUDO.pseudonymise("LL-900001"))
                .asString()
                .hasSize(64)
                .doesNotContain("900001");
        assertThat(value("inschrijvingen", first, "geboortejaar")).isEqualTo(2015);
        assertThat(value("inschrijvingen", first, "geboortemaand")).isEqualTo(3);
        assertThat(value("inschrijvingen", first, "postcode4")).isEqualTo("5531");
        assertThat(first.values()).doesNotContain(LocalDate.of(2015, 3, 14), "5531 AB", "5531AB");
    }

    @Test
    void rejectsFileWithoutTeldatum() {
        ValidatedFile f = swv("swv_code;bao;sbo;so_cat1;so_cat2;so_cat3;opmerking\nPO3009;1;2;3;4;5;x\n");
        assertThat(f.status()).isEqualTo("afgewezen");
        assertThat(f.melding()).isEqualTo("verplichte kolom ontbreekt: teldatum; onbekende kolommen: opmerking");
        assertThat(f.rijen()).isEqualTo(1);
        assertThat(f.rows()).isEmpty();
    }

    @Test
    void quarantinesTheRowWithAnImpossibleDate() {
        ValidatedFile f = swv(SWV_HEADER + "PO3009;01-10-2013;16967;316;186;19;26\nPO3009;31-02-2015;1;2;3;4;5\n");
        assertThat(f.status()).isEqualTo("deels_geladen");
        assertThat(f.geladen()).isEqualTo(1);
        assertThat(f.quarantaine()).isEqualTo(1);
        assertThat(f.quarantine())
                .containsExactly(new QuarantineEntry(3, "teldatum", "31-02-2015", "is geen geldige datum"));
        assertThat(f.quarantine().get(0).describe())
                .isEqualTo("rij 3, kolom teldatum: de waarde is geen geldige datum");
        assertThat(f.melding())
                .startsWith("1 rij geladen, 1 in quarantaine; rij 3, kolom teldatum: de waarde is geen geldige datum");
    }

    @Test
    void quarantinesTheSecondRowWithTheSameKey() {
        ValidatedFile f = swv(SWV_HEADER + "PO3009;01-10-2013;1;2;3;4;5\nPO3009;2013-10-01;6;7;8;9;10\n");
        assertThat(f.geladen()).isEqualTo(1);
        assertThat(f.quarantine())
                .singleElement()
                .isEqualTo(new QuarantineEntry(
                        3,
                        "swv_code,teldatum",
                        "PO3009|2013-10-01",
                        "dubbele sleutel: dezelfde waarde staat al op rij 2"));
    }

    @Test
    void aRowWithTwoBadValuesIsOneQuarantinedRowWithTwoReasons() {
        ValidatedFile f = swv(SWV_HEADER + "PO3009;01-10-2013;veel;;3;4;5\n");
        assertThat(f.status()).isEqualTo("afgewezen");
        assertThat(f.quarantaine()).isEqualTo(1);
        assertThat(f.quarantine())
                .extracting(QuarantineEntry::kolom, QuarantineEntry::reden)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "bao", "is geen geldig getal (voorbeeld: 1.234,56 of 1234.56)"),
                        org.assertj.core.groups.Tuple.tuple("sbo", "verplichte waarde ontbreekt"));
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRejectedWithAClearMessage() {
        assertThat(swv(""))
                .extracting(ValidatedFile::status, ValidatedFile::melding)
                .containsExactly("afgewezen", "bestand is leeg: er is geen kopregel");
        ValidatedFile headerOnly = swv(SWV_HEADER);
        assertThat(headerOnly.status()).isEqualTo("afgewezen");
        assertThat(headerOnly.melding()).isEqualTo("bestand bevat alleen een kopregel en geen gegevens");
    }

    @Test
    void wrongEncodingStillReadsAsWindows1252() {
        byte[] bytes = "swv_code;teldatum;bao;sbo;so_cat1;so_cat2;so_cat3;opmerking\nPO3009;01-10-2013;1;2;3;4;5;één\n"
                .getBytes(Charset.forName("windows-1252"));
        ValidatedFile f = validate("duo_leerlingen_swv", "x.csv", bytes);
        assertThat(f.status()).isEqualTo("geladen");
        assertThat(f.melding())
                .contains("onbekende kolommen genegeerd: opmerking")
                .endsWith("gelezen als CSV, Windows-1252, scheidingsteken ;");
    }

    @Test
    void aHundredKilobyteFieldGoesToQuarantineShortened() {
        String big = "x".repeat(100 * 1024);
        ValidatedFile f = validate(
                "scholen",
                "s.csv",
                ("vestiging;naam;soort;bevoegd_gezag_nr;bevoegd_gezag_naam;postcode;plaats;gemeente_code\n12AB00;" + big
                                + ";BAO;1;B;1234AB;P;34\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(f.quarantaine()).isEqualTo(1);
        QuarantineEntry q = f.quarantine().get(0);
        assertThat(q.kolom()).isEqualTo("naam");
        assertThat(q.reden()).isEqualTo("tekst is te lang (102400 tekens, maximaal 4000)");
        assertThat(q.waarde()).hasSizeLessThan(300).endsWith("(102400 tekens)");
    }

    @Test
    void cellsStartingWithFormulaCharactersArePlainText() {
        ValidatedFile f = validate(
                "scholen",
                "s.csv",
                "vestiging;naam;soort;bevoegd_gezag_nr;bevoegd_gezag_naam;postcode;plaats;gemeente_code\n12AB00;=HYPERLINK(\"x\");BAO;+31;@bestuur;1234AB;-Plaats;34\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(f.status()).isEqualTo("geladen");
        BronzeRow r = f.rows().get(0);
        assertThat(value("scholen", r, "naam")).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(value("scholen", r, "bevoegd_gezag_nr")).isEqualTo("+31");
        assertThat(value("scholen", r, "bevoegd_gezag_naam")).isEqualTo("@bestuur");
        assertThat(value("scholen", r, "plaats")).isEqualTo("-Plaats");
    }

    @Test
    void mixedSeparatorsQuarantineTheOddRows() {
        ValidatedFile f = swv(SWV_HEADER
                + "PO3009;01-10-2013;1;2;3;4;5\nPO3009,01-10-2014,1,2,3,4,5\nPO3009;01-10-2015;1;2;3;4;5;extra\n");
        assertThat(f.geladen()).isEqualTo(1);
        assertThat(f.quarantaine()).isEqualTo(2);
        assertThat(f.balanced()).isTrue();
        assertThat(f.quarantine()).extracting(QuarantineEntry::rij).contains(3, 4);
    }

    @Test
    void codeListsMatchCaseInsensitivelyAndRejectOthers() {
        ValidatedFile f = validate(
                "tlv",
                "t.csv",
                ("tlv_nummer;leerling_id;soort;aanvraagdatum;besluitdatum;besluit;ingangsdatum;einddatum\n"
                                + "1;LL-1;so-2;1-1-2021;1-2-2021;Toegekend;1-8-2021;31-7-2022\n"
                                + "2;LL-2;SO-4;1-1-2021;1-2-2021;toegekend;1-8-2021;31-7-2022\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(value("tlv", f.rows().get(0), "soort")).isEqualTo("SO-2");
        assertThat(value("tlv", f.rows().get(0), "besluit")).isEqualTo("toegekend");
        assertThat(f.quarantine())
                .singleElement()
                .extracting(QuarantineEntry::kolom, QuarantineEntry::waarde)
                .containsExactly("soort", "SO-4");
    }

    @Test
    void aNegativeCountGoesToQuarantineWithTheMinimumNamed() {
        ValidatedFile f = validate(
                "duo_leerlingen_gemeente",
                "g.csv",
                ("swv_code;teldatum;gemeente_naam;schoolgaand_bao;schoolgaand_sbo;woonachtig_bao;woonachtig_sbo;so_cat1;so_cat2;so_cat3\n"
                                + "PO2401;1-10-2023;Ede;1200;30;1180;-3;4;1;0\n"
                                + "PO2401;1-10-2023;Wageningen;800;0;790;12;2;0;0\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(f.rows()).hasSize(1);
        assertThat(value("duo_leerlingen_gemeente", f.rows().get(0), "woonachtig_sbo"))
                .isEqualTo(12);
        assertThat(f.quarantine())
                .singleElement()
                .extracting(
                        QuarantineEntry::rij, QuarantineEntry::kolom, QuarantineEntry::waarde, QuarantineEntry::reden)
                .containsExactly(2, "woonachtig_sbo", "-3", "is kleiner dan het toegestane minimum 0");
    }

    @Test
    void pupilIdsInQuarantineArePseudonymisedAndBirthDatesHidden() {
        ValidatedFile f = validate(
                "inschrijvingen",
                "i.csv",
                ("leerling_id;geboortedatum;postcode;vestiging;begindatum\n"
                                + "LL-1;31-02-2015;1234AB;12AB00;1-8-2020\n"
                                + "LL-2;1-1-2015;1234AB;12AB00;1-8-2020\n"
                                + "LL-2;1-1-2015;1234AB;12AB00;1-8-2020\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(f.quarantine())
                .extracting(QuarantineEntry::kolom, QuarantineEntry::waarde)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("geboortedatum", "(verborgen)"),
                        org.assertj.core.groups.Tuple.tuple(
                                "leerling_id,vestiging,begindatum",
                                PSEUDO.pseudonymise("LL-2") + "|12AB00|2020-08-01"));
        assertThat(f.melding()).doesNotContain("LL-1", "LL-2", "31-02-2015", PSEUDO.pseudonymise("LL-2"));
    }

    @Test
    void theMeldingSaysWhereAndWhyButNeverTheRejectedValue() {
        String header = "tlv_nummer;leerling_id;soort;aanvraagdatum;besluitdatum;besluit;ingangsdatum;einddatum\n";
        ValidatedFile f = validate(
                "tlv",
                "tlv.csv",
                (header
                                + "TLV-2023-00017;LL-7;SBO;1-9-2023;1-10-2023;toegekend;1-11-2023;31-7-2024\n"
                                + "TLV-2023-00017;LL-8;SBO;1-9-2023;1-10-2023;toegekend;1-11-2023;31-7-2024\n"
                                + "TLV-2023-00018;LL-9;SO-9;1-9-2023;1-10-2023;toegekend;1-11-2023;31-7-2024\n")
                        .getBytes(StandardCharsets.UTF_8));

        // the quarantine keeps the (pseudonymised) values for the beheerder
        assertThat(f.quarantine())
                .extracting(QuarantineEntry::rij, QuarantineEntry::kolom, QuarantineEntry::waarde)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "tlv_nummer", "TLV-2023-00017"),
                        org.assertj.core.groups.Tuple.tuple(4, "soort", "SO-9"));
        // the melding, which everyone who runs `dekkend loads` reads, names row, column and reason only
        assertThat(f.melding())
                .startsWith("1 rij geladen, 2 in quarantaine; rij 3, kolom tlv_nummer: dubbele sleutel: dezelfde"
                        + " waarde staat al op rij 2; rij 4, kolom soort: de waarde is geen toegestane waarde")
                .doesNotContain("TLV-2023-00017", "TLV-2023-00018", "SO-9", "LL-", PSEUDO.pseudonymise("LL-8"));
    }

    @Test
    void gemeenteCodesBecomeGmWithFourDigits() throws Exception {
        for (Map.Entry<String, String> e : Map.of(
                        "34", "GM0034", "0034", "GM0034", "GM0034", "GM0034", "gm 363", "GM0363")
                .entrySet()) {
            assertThat(Formats.apply("gemeente_code", e.getKey())).isEqualTo(e.getValue());
        }
    }

    @Test
    void readsAnXlsxWithExcelDatesAndNumbers() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Telling");
            String[] header = {"SWV code", "Teldatum", "BaO", "SBO", "SO cat 1", "SO cat 2", "SO cat 3"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, "PO3009");
            ws.value(1, 1, LocalDate.of(2013, 10, 1));
            ws.style(1, 1).format("d-m-yyyy").set();
            int[] counts = {16967, 316, 186, 19, 26};
            for (int c = 0; c < counts.length; c++) {
                ws.value(1, c + 2, counts[c]);
            }
            ws.value(2, 0, "PO3009");
            ws.value(2, 1, "01-10-2014");
            ws.value(2, 2, 1.5);
        }
        ValidatedFile f = validate("duo_leerlingen_swv", "telling.xlsx", out.toByteArray());
        assertThat(f.rijen()).isEqualTo(2);
        assertThat(f.geladen()).isEqualTo(1);
        assertThat(f.rows().get(0).values())
                .containsExactly("PO3009", LocalDate.of(2013, 10, 1), 16967, 316, 186, 19, 26);
        assertThat(f.quarantine())
                .extracting(QuarantineEntry::kolom, QuarantineEntry::reden)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bao", "is geen geheel getal"),
                        org.assertj.core.groups.Tuple.tuple("sbo", "verplichte waarde ontbreekt"),
                        org.assertj.core.groups.Tuple.tuple("so_cat1", "verplichte waarde ontbreekt"),
                        org.assertj.core.groups.Tuple.tuple("so_cat2", "verplichte waarde ontbreekt"),
                        org.assertj.core.groups.Tuple.tuple("so_cat3", "verplichte waarde ontbreekt"));
        assertThat(f.melding()).endsWith("gelezen als XLSX, eerste werkblad");
    }

    @Test
    void aLoneThousandsGroupMeansThousandsInSemicolonFilesAndADecimalPointInCommaFiles() {
        String semicolon = "jaar;reserve_begin\n2024;2.100\n";
        String comma = "jaar,reserve_begin\n2024,2.100\n";
        ValidatedFile a = validate("reserves", "r.csv", semicolon.getBytes(StandardCharsets.UTF_8));
        ValidatedFile b = validate("reserves", "r.csv", comma.getBytes(StandardCharsets.UTF_8));
        assertThat(value("reserves", a.rows().get(0), "reserve_begin")).isEqualTo(new BigDecimal("2100.0000"));
        assertThat(value("reserves", b.rows().get(0), "reserve_begin")).isEqualTo(new BigDecimal("2.1000"));
    }

    @Test
    void keepsOnlyPostcode4OfTheHomePostcode() throws IOException {
        Validator v = new Validator(CONTRACTS.require("inschrijvingen"), () -> PSEUDO);
        ValidatedFile f;
        try {
            f = v.validate(TableReader.read(Path.of("src/test/resources/fixtures/valid/inschrijvingen.csv")));
        } catch (FileReadException e) {
            throw new AssertionError(e);
        }
        assertThat(f.rows())
                .extracting(r -> value("inschrijvingen", r, "postcode4"))
                .containsExactly("5531", "5532", "1324");
        assertThat(f.rows()).allSatisfy(r -> assertThat(r.values()).doesNotContain("5531AB", "5532AC", "1324AB"));
    }
}

package nl.dekkend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    private static final long SEED = 42L;

    @TempDir
    static Path temp;

    private static Path inbox;
    private static DemoSummary summary;

    @BeforeAll
    static void generate() {
        inbox = temp.resolve("inbox");
        summary = new DemoData(SEED, 1.0).writeTo(inbox);
    }

    @Test
    void sameSeedGivesIdenticalBytesAndOtherSeedDiffers() throws IOException {
        Path again = temp.resolve("again");
        new DemoData(SEED, 1.0).writeTo(again);
        Path other = temp.resolve("other");
        new DemoData(SEED + 1, 1.0).writeTo(other);

        assertThat(DemoFiles.hashes(again)).isEqualTo(DemoFiles.hashes(inbox));
        assertThat(DemoFiles.hashes(other).get("duo_leerlingen_swv/duo_leerlingen_swv_2015-2024.csv"))
                .isNotEqualTo(DemoFiles.hashes(inbox).get("duo_leerlingen_swv/duo_leerlingen_swv_2015-2024.csv"));
    }

    @Test
    void writesEveryReportedFileWithItsRowCount() {
        for (WrittenFile f : summary.files()) {
            assertThat(inbox.resolve(f.path())).as(f.path()).isRegularFile();
            assertThat(f.rows()).as(f.path()).isPositive();
        }
    }

    @Test
    void swvFileIsWindows1252WithDecimalCommaDialectAndEverySwvOfTheNation() throws IOException {
        Path file = inbox.resolve("duo_leerlingen_swv/duo_leerlingen_swv_2015-2024.csv");
        List<String[]> rows = DemoFiles.csv(file, CsvDialect.WINDOWS_1252, ";");

        assertThat(rows.get(0)).containsExactly("swv_code", "teldatum", "bao", "sbo", "so_cat1", "so_cat2", "so_cat3");
        assertThat(rows).hasSize(1 + 77 * 10);
        assertThat(rows.stream().skip(1).map(r -> r[0]).distinct())
                .hasSize(77)
                .contains("PO9901", "PO9902")
                .allMatch(code -> code.matches("PO\\d{4}"));
        assertThat(rows.get(1)[1]).isEqualTo("1-10-2015");
        assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 's');
    }

    @Test
    void theNationHoldsAboutOneAndAHalfMillionPupilsAndTheInventedSharesSpreadAroundTheNationalOnes()
            throws IOException {
        List<String[]> rows = DemoFiles.csv(
                inbox.resolve("duo_leerlingen_swv/duo_leerlingen_swv_2015-2024.csv"), CsvDialect.WINDOWS_1252, ";");
        List<String[]> last =
                rows.stream().filter(r -> r[1].equals("1-10-2024")).toList();
        long pupils = 0;
        double minSbo = 100;
        double maxSbo = 0;
        for (String[] r : last) {
            int all = Integer.parseInt(r[2]) + Integer.parseInt(r[3]);
            assertThat(all).as(r[0]).isBetween(5_900, 45_200);
            pupils += all;
            double sbo = 100.0 * Integer.parseInt(r[3]) / all;
            minSbo = Math.min(minSbo, sbo);
            maxSbo = Math.max(maxSbo, sbo);
        }
        assertThat(pupils).isBetween(1_420_000L, 1_480_000L);
        assertThat(minSbo).isBetween(1.3, 2.2);
        assertThat(maxSbo).isBetween(3.3, 4.0);
        assertThat(Nation.all()).hasSize(77);
        assertThat(Nation.all().stream().mapToInt(Nation.Swv::size).sum()).isBetween(1_440_000, 1_460_000);
        assertThat(Nation.all().stream().mapToInt(Nation.Swv::size).min()).hasValue(6_000);
        assertThat(Nation.all().stream().mapToInt(Nation.Swv::size).max()).hasValue(45_000);
        assertThat(Nation.all().stream().map(Nation.Swv::naam).distinct()).hasSize(77);
        assertThat(Nation.swv("PO9902").naam()).isEqualTo("Passend Onderwijs Wolderdal-Zuid");
    }

    @Test
    void sboAndSoRatesOfMainSwvFallInsideTheTargetBands() throws IOException {
        List<String[]> rows = DemoFiles.csv(
                inbox.resolve("duo_leerlingen_swv/duo_leerlingen_swv_2015-2024.csv"), CsvDialect.WINDOWS_1252, ";");
        List<String[]> main = rows.stream().filter(r -> r[0].equals("PO9901")).toList();

        assertThat(main).hasSize(10);
        for (String[] r : main) {
            double bao = Double.parseDouble(r[2]);
            double sbo = Double.parseDouble(r[3]);
            double cat1 = Double.parseDouble(r[4]);
            double so = cat1 + Double.parseDouble(r[5]) + Double.parseDouble(r[6]);
            assertThat(bao + sbo).as(r[1]).isBetween(22_000.0, 28_000.0);
            assertThat(100 * sbo / (bao + sbo)).as("SBO % on " + r[1]).isBetween(3.0, 4.0);
            assertThat(100 * so / (bao + sbo)).as("SO % on " + r[1]).isBetween(1.1, 1.6);
            assertThat(cat1 / so).as("cat 1 share on " + r[1]).isGreaterThan(0.7);
        }
    }

    @Test
    void landelijkXlsxHasContractHeaderAndPlausibleNationalFigures() throws IOException {
        List<List<String>> rows = DemoFiles.xlsx(inbox.resolve("duo_landelijk/duo_landelijk_2015-2024.xlsx"));

        assertThat(rows.get(0))
                .containsExactly("teldatum", "sbo_pct", "so_cat1_pct", "so_cat2_pct", "so_cat3_pct", "so_totaal_pct");
        assertThat(rows).hasSize(11);
        for (List<String> r : rows.subList(1, rows.size())) {
            assertThat(new BigDecimal(r.get(1)).doubleValue()).isBetween(2.4, 2.6);
            assertThat(new BigDecimal(r.get(5)).doubleValue()).isBetween(1.6, 1.8);
        }
    }

    @Test
    void gebiedenDescribesTenWijkenInFourStadsdelenAndTheSplitGemeente() throws IOException {
        List<List<String>> rows = DemoFiles.xlsx(inbox.resolve("gebieden/gebieden_lindewaard.xlsx"));
        List<String> header = rows.get(0);
        int wijk = DemoFiles.column(header, "wijk_code");
        int sd = DemoFiles.column(header, "stadsdeel_code");
        int gemeente = DemoFiles.column(header, "gemeente_code");
        int swv = DemoFiles.column(header, "swv_code");
        List<List<String>> data = rows.subList(1, rows.size());

        assertThat(header).startsWith("gemeente_code", "gemeente_naam", "swv_code", "postcode");
        assertThat(data.stream()
                        .filter(r -> r.get(gemeente).equals("GM9901")
                                && r.size() > wijk
                                && !r.get(wijk).isEmpty())
                        .map(r -> r.get(wijk))
                        .distinct())
                .hasSize(10);
        assertThat(data.stream()
                        .filter(r ->
                                r.size() > sd && r.get(sd) != null && !r.get(sd).isEmpty())
                        .map(r -> r.get(sd))
                        .distinct())
                .containsExactlyInAnyOrder("SD9901A", "SD9901B", "SD9901C", "SD9901D");
        assertThat(data.stream()
                        .filter(r -> r.get(gemeente).equals("GM9904"))
                        .map(r -> r.get(swv))
                        .distinct())
                .containsExactlyInAnyOrder("PO9901", "PO9902");
        int naam = DemoFiles.column(header, "swv_naam");
        assertThat(data.stream()
                        .filter(r -> r.get(swv).equals("PO9901"))
                        .map(r -> r.get(naam))
                        .distinct())
                .containsExactly("Passend Onderwijs Lindewaard");
    }

    @Test
    void scholenIsUtf8WithCommasAndHoldsBestuurChangeAndClosure() throws IOException {
        Path file = inbox.resolve("scholen/scholen_2025.csv");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String[]> rows = DemoFiles.csvUtf8(file, ",");
        String[] header = rows.get(0);
        int soort = DemoFiles.column(header, "soort");
        int einde = DemoFiles.column(header, "einddatum");
        List<String[]> data = rows.subList(1, rows.size());

        assertThat(text).contains("Vallée").doesNotStartWith("\uFEFF");
        assertThat(data.stream()
                        .filter(r -> r[soort].equals("BAO"))
                        .map(r -> r[0])
                        .distinct()
                        .count())
                .isBetween(78L, 84L);
        assertThat(data.stream().filter(r -> r[soort].equals("SBO"))).hasSize(4);
        assertThat(data.stream().filter(r -> r[soort].equals("SO"))).hasSize(3);
        assertThat(data.stream().map(r -> r[0]).distinct().count()).isEqualTo(data.size() - 1L);
        assertThat(data.stream().filter(r -> !r[einde].isEmpty())).hasSize(2);
        assertThat(data).allMatch(r -> r[0].matches("99[A-Z]{2}\\d{2}"));
    }

    @Test
    void swvCountsEqualTheSumOverTheSwvsVestigingenInDuoFile06() throws IOException {
        Map<String, String> swvOfPostcode = new HashMap<>();
        Map<String, String> swvOfGemeente = new HashMap<>();
        List<List<String>> gebieden = DemoFiles.xlsx(inbox.resolve("gebieden/gebieden_lindewaard.xlsx"));
        for (List<String> r : gebieden.subList(1, gebieden.size())) {
            if (r.size() > 3 && r.get(3) != null && !r.get(3).isEmpty()) {
                swvOfPostcode.put(r.get(3), r.get(2));
            } else {
                swvOfGemeente.put(r.get(0), r.get(2));
            }
        }
        Map<String, String> swvOfVestiging = new HashMap<>();
        List<String[]> scholen = DemoFiles.csvUtf8(inbox.resolve("scholen/scholen_2025.csv"), ",");
        int postcode = DemoFiles.column(scholen.get(0), "postcode");
        int gemeente = DemoFiles.column(scholen.get(0), "gemeente_code");
        for (String[] r : scholen.subList(1, scholen.size())) {
            String swv = swvOfPostcode.getOrDefault(r[postcode].substring(0, 4), swvOfGemeente.get("GM" + r[gemeente]));
            swvOfVestiging.put(r[0], swv);
        }
        List<String[]> file06 =
                DemoFiles.csvUtf8(inbox.resolve("duo_leerlingen_vestiging/" + DuoDetailFiles.FILE_06), ";");
        List<String[]> swvFile = DemoFiles.csv(
                inbox.resolve("duo_leerlingen_swv/duo_leerlingen_swv_2015-2024.csv"), CsvDialect.WINDOWS_1252, ";");

        for (String[] swvRow : swvFile.subList(1, swvFile.size())) {
            if (!swvRow[0].equals("PO9901")) {
                continue;
            }
            String year = swvRow[1].substring(swvRow[1].length() - 4);
            int column = DemoFiles.column(file06.get(0), "LEERLINGEN_" + year);
            int bao = 0;
            int sbo = 0;
            for (String[] r : file06.subList(1, file06.size())) {
                if ("PO9901".equals(swvOfVestiging.get(r[1]))) {
                    bao += r[3].equals("BO") ? Integer.parseInt(r[column]) : 0;
                    sbo += r[3].equals("SBO") ? Integer.parseInt(r[column]) : 0;
                }
            }
            assertThat(bao).as("BaO on " + swvRow[1]).isEqualTo(Integer.parseInt(swvRow[2]));
            assertThat(sbo).as("SBO on " + swvRow[1]).isEqualTo(Integer.parseInt(swvRow[3]));
        }
    }

    @Test
    void soByAgeBandAddsUpToTheSwvSoCounts() throws IOException {
        List<String[]> rows = DemoFiles.csvUtf8(inbox.resolve("duo_so_leeftijd/duo_so_leeftijd_2015-2024.csv"), ";");
        SwvCounts c2024 = summary.mainSwvCounts().get(2024);
        int cat1 = rows.stream()
                .filter(r -> r[0].equals("PO9901") && r[1].equals("01-10-2024") && r[2].equals("1"))
                .mapToInt(r -> Integer.parseInt(r[3]) + Integer.parseInt(r[4]))
                .sum();

        assertThat(cat1).isEqualTo(c2024.soCat1());
    }

    @Test
    void duoFile02IsWindows1252InDuosExactLayout() throws IOException {
        Path file = inbox.resolve("duo_vestigingen_bo/" + DuoDetailFiles.FILE_02);
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, CsvDialect.WINDOWS_1252);
        List<String[]> rows = DemoFiles.csv(file, CsvDialect.WINDOWS_1252, ";");

        assertThat(bytes[0]).isEqualTo((byte) 'P');
        assertThat(text).contains("Vallée").contains("\r\n").startsWith(DuoDetailFiles.HEADER_02 + "\r\n");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r).hasSize(31);
            assertThat(r[9]).matches("\\d{4}");
            assertThat(r[12]).isEqualTo(" ");
            assertThat(r[7]).matches("\\d{4} [A-Z]{2}");
        });
    }

    @Test
    void duoFile06IsUtf8WithBomAndWideYearColumns() throws IOException {
        Path file = inbox.resolve("duo_leerlingen_vestiging/" + DuoDetailFiles.FILE_06);
        byte[] bytes = Files.readAllBytes(file);
        List<String[]> rows = DemoFiles.csvUtf8(file, ";");

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(rows.get(0)).hasSize(8 + 30);
        assertThat(rows.get(0)[8]).isEqualTo("LEERLINGEN_1996");
        assertThat(rows.get(0)[37]).isEqualTo("LEERLINGEN_2025");
        assertThat(rows.stream().skip(1).map(r -> r[6])).allMatch(code -> code.matches("99\\d\\d"));
        assertThat(rows.stream().skip(1).filter(r -> r[2].equals("Kindcentrum Nieuw Zandhorst")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r[8 + 2017 - 1996]).isEqualTo("0");
                    assertThat(Integer.parseInt(r[8 + 2019 - 1996])).isPositive();
                });
    }

    @Test
    void bomFilesStartWithTheBom() throws IOException {
        for (String path : List.of(
                "inschrijvingen/" + PupilFiles.INSCHRIJVINGEN,
                "thuiszitters/" + CareFiles.THUISZITTERS,
                "duo_so_leeftijd/duo_so_leeftijd_2015-2024.csv")) {
            assertThat(Files.readAllBytes(inbox.resolve(path))).as(path).startsWith((byte) 0xEF, (byte) 0xBB, (byte)
                    0xBF);
        }
    }

    @Test
    void deliberateProblemsAreListedAndPresentInTheFiles() throws IOException {
        assertThat(summary.problems()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(summary.problems())
                .filteredOn(p -> p.row() == 0)
                .singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("vestiging"));
        List<String[]> rejected =
                DemoFiles.csvUtf8(inbox.resolve("arrangementen/" + CareFiles.ARRANGEMENTEN_REJECTED), ";");
        assertThat(rejected.get(0)).doesNotContain("vestiging").contains("arrangement_id", "soort", "begindatum");

        List<String[]> inschrijvingen =
                DemoFiles.csvUtf8(inbox.resolve("inschrijvingen/" + PupilFiles.INSCHRIJVINGEN), ";");
        for (DeliberateProblem p : summary.problems()) {
            if (p.path().startsWith("inschrijvingen/")) {
                String[] row = inschrijvingen.get(p.row() - 1);
                assertThat(row[DemoFiles.column(inschrijvingen.get(0), p.column())].replace("\"", ""))
                        .isEqualTo(p.value());
            }
        }
    }

    @Test
    void tlvsHaveRealisticTermsAndOutcomes() throws IOException {
        List<String[]> rows = DemoFiles.csv(inbox.resolve("tlv/" + PupilFiles.TLV), CsvDialect.WINDOWS_1252, ";");
        String[] h = rows.get(0);
        List<String[]> granted = rows.stream()
                .skip(1)
                .filter(r -> r[DemoFiles.column(h, "besluit")].equals("toegekend"))
                .toList();
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("d-M-yyyy");
        long withinTerm = granted.stream()
                .filter(r -> ChronoUnit.DAYS.between(
                                LocalDate.parse(r[DemoFiles.column(h, "aanvraagdatum")], dmy),
                                LocalDate.parse(r[DemoFiles.column(h, "besluitdatum")], dmy))
                        <= 56)
                .count();

        assertThat(summary.tlvs()).isEqualTo(rows.size() - 2);
        assertThat((double) withinTerm / granted.size()).isBetween(0.8, 0.99);
        assertThat(granted)
                .allSatisfy(r -> assertThat(ChronoUnit.DAYS.between(
                                LocalDate.parse(r[DemoFiles.column(h, "ingangsdatum")], dmy),
                                LocalDate.parse(r[DemoFiles.column(h, "einddatum")], dmy)))
                        .isGreaterThanOrEqualTo(364));
        assertThat(granted.stream().map(r -> r[DemoFiles.column(h, "uitkomst")]).distinct())
                .contains("lopend", "verlengd", "teruggeplaatst", "overgeplaatst", "uitstroom_vo", "verhuisd");
        assertThat(granted.stream().filter(r -> r[DemoFiles.column(h, "bezwaar")].equals("ja")))
                .isNotEmpty();
        assertThat(granted.stream().filter(r -> !r[DemoFiles.column(h, "geplande_terugplaatsing")].isEmpty()))
                .isNotEmpty();
    }

    @Test
    void thuiszittersAreAFewDozenAYearAndSomeLastOverAYear() throws IOException {
        List<String[]> rows = DemoFiles.csvUtf8(inbox.resolve("thuiszitters/" + CareFiles.THUISZITTERS), ";");

        assertThat(summary.thuiszittersNieuw())
                .hasSize(10)
                .allSatisfy((jaar, n) -> assertThat(n).isBetween(10, 45));
        assertThat(rows.stream()
                        .skip(1)
                        .filter(r -> !r[5].isEmpty()
                                && ChronoUnit.DAYS.between(LocalDate.parse(r[4]), LocalDate.parse(r[5])) > 365))
                .isNotEmpty();
        assertThat(rows.stream().skip(1).filter(r -> r[3].equals("vrijstelling")))
                .allMatch(r -> !r[6].isEmpty());
    }

    @Test
    void largerScaleHasProportionallyMorePupils() {
        DemoSummary small = new DemoData(SEED, 0.1).writeTo(temp.resolve("small"));
        DemoSummary large = summary;

        assertThat((double) large.pupils() / small.pupils()).isBetween(9.0, 11.0);
        SwvCounts a = small.mainSwvCounts().get(2020);
        SwvCounts b = large.mainSwvCounts().get(2020);
        assertThat((double) (b.bao() + b.sbo()) / (a.bao() + a.sbo())).isBetween(9.0, 11.0);
    }

    @Test
    void vestigingCodesStayUniqueAtTenTimesTheScale() {
        List<School> schools = new SchoolRegister(SEED, 10, new Region()).schools();

        // more vestigingen than one two-digit BRIN prefix holds (99AA..99ZZ), each with a code of its own
        assertThat(schools).hasSizeGreaterThan(26 * 26);
        assertThat(schools.stream().map(School::vestiging).distinct().count()).isEqualTo(schools.size());
        assertThat(schools).allMatch(s -> s.vestiging().matches("\\d{2}[A-Z]{2}\\d{2}"));
    }

    @Test
    void realisatieEndsInADeficitOnlyIn2022AndNormbedragenStartAt32480() throws IOException {
        List<List<String>> rows = DemoFiles.xlsx(inbox.resolve("financien/realisatie_2016-2024.xlsx"));
        Map<String, BigDecimal> result = new TreeMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            BigDecimal amount = new BigDecimal(r.get(4));
            result.merge(r.get(0), r.get(2).equals("baten") ? amount : amount.negate(), BigDecimal::add);
        }
        List<String[]> norm =
                DemoFiles.csv(inbox.resolve("normbedragen/normbedragen_2015-2025.csv"), CsvDialect.WINDOWS_1252, ";");

        assertThat(result).hasSize(9);
        assertThat(result)
                .allSatisfy((jaar, r) -> assertThat(r.signum()).as(jaar).isEqualTo(jaar.equals("2022") ? -1 : 1));
        assertThat(norm).anySatisfy(r -> assertThat(r).containsExactly("2015-2016", "zware_per_bao_sbo", "324,80"));
        assertThat(norm).anySatisfy(r -> assertThat(r).containsExactly("2020-2021", "verevening_pct", "0"));
    }
}

package nl.dekkend.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void swvFileIsWindows1252WithDecimalCommaDialectAndBothSwvs() throws IOException {
        Path file = inbox.resolve("duo_leerlingen_swv/duo_leerlingen_swv_2015-2024.csv");
        List<String[]> rows = DemoFiles.csv(file, CsvDialect.WINDOWS_1252, ";");

        assertThat(rows.get(0)).containsExactly("swv_code", "teldatum", "bao", "sbo", "so_cat1", "so_cat2", "so_cat3");
        assertThat(rows).hasSize(21);
        assertThat(rows.stream().map(r -> r[0]).distinct()).containsExactlyInAnyOrder("swv_code", "PO9901", "PO9902");
        assertThat(rows.get(1)[1]).isEqualTo("1-10-2015");
        assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 's');
    }

    @Test
    void sboAndSoRatesOfMainSwvFallInsideTheTargetBands() throws IOException {
        List<String[]> rows = DemoFiles.csv(inbox.resolve("duo_leerlingen_swv/duo_leerlingen_swv_2015-2024.csv"),
                CsvDialect.WINDOWS_1252, ";");
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

        assertThat(rows.get(0)).containsExactly("teldatum", "sbo_pct", "so_cat1_pct", "so_cat2_pct", "so_cat3_pct",
                "so_totaal_pct");
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
        assertThat(data.stream().filter(r -> r.get(gemeente).equals("GM9901") && r.size() > wijk && !r.get(wijk).isEmpty())
                .map(r -> r.get(wijk)).distinct()).hasSize(10);
        assertThat(data.stream().filter(r -> r.size() > sd && r.get(sd) != null && !r.get(sd).isEmpty())
                .map(r -> r.get(sd)).distinct()).containsExactlyInAnyOrder("SD9901A", "SD9901B", "SD9901C", "SD9901D");
        assertThat(data.stream().filter(r -> r.get(gemeente).equals("GM9904")).map(r -> r.get(swv)).distinct())
                .containsExactlyInAnyOrder("PO9901", "PO9902");
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
        assertThat(data.stream().filter(r -> r[soort].equals("BAO")).map(r -> r[0]).distinct().count()).isBetween(78L, 84L);
        assertThat(data.stream().filter(r -> r[soort].equals("SBO"))).hasSize(4);
        assertThat(data.stream().filter(r -> r[soort].equals("SO"))).hasSize(3);
        assertThat(data.stream().map(r -> r[0]).distinct().count()).isEqualTo(data.size() - 1L);
        assertThat(data.stream().filter(r -> !r[einde].isEmpty())).hasSize(2);
        assertThat(data).allMatch(r -> r[0].matches("99[A-Z]{2}\\d{2}"));
    }
}

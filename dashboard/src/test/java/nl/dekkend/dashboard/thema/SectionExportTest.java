package nl.dekkend.dashboard.thema;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table of a theme page part leaves as CSV/XLSX with exactly what the page shows the account: the flows of
 * stromen.sql as the kwaliteitscommissie sees them (only 25 shown, the rest hidden by the privacy layer).
 */
class SectionExportTest {

    @TempDir
    Path warehouseDir;

    @Test
    void aPartsTableExportsAsThePageShowsIt() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope", "stromen");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser kc = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            assertThat(kc.get("/thema/thuisnabijheid").body().string())
                    .contains("?onderdeel=stromen-sbo&amp;formaat=csv", "?onderdeel=stromen-sbo&amp;formaat=xlsx");

            String csv = new String(
                    kc.bytes("/thema/thuisnabijheid?onderdeel=stromen-sbo&formaat=csv"), StandardCharsets.UTF_8);
            assertThat(csv)
                    .startsWith("\uFEFFWoonwijk;Wijk van de school;Leerlingen\r\n")
                    .contains("Zeelst;Zeelst;25\r\n", "Weebosch;Weebosch;< 5\r\n")
                    .doesNotContain(";30\r\n", ";12\r\n", ";8\r\n");

            byte[] xlsx = kc.bytes("/thema/thuisnabijheid?onderdeel=stromen-sbo&formaat=xlsx");
            try (ReadableWorkbook workbook =
                    new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
                List<Row> rows = workbook.getFirstSheet().read();
                Row zeelst = rows.stream()
                        .filter(r -> "Zeelst".equals(r.getCellText(0)) && "Zeelst".equals(r.getCellText(1)))
                        .findFirst()
                        .orElseThrow();
                assertThat(zeelst.getCell(2).getType()).isEqualTo(CellType.NUMBER);
                assertThat(zeelst.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(new BigDecimal(25));
            }

            assertThat(kc.get("/thema/thuisnabijheid?onderdeel=bestaat-niet&formaat=csv")
                            .code())
                    .isEqualTo(400);
        });
    }

    @Test
    void theDistancesExportAsNumbersWithTheHiddenCellsAsOnThePage() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "afstanden");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser kc = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String csv = new String(
                    kc.bytes("/thema/thuisnabijheid?onderdeel=afstanden&formaat=csv"), StandardCharsets.UTF_8);
            assertThat(csv)
                    .startsWith("\uFEFFAfstand van huis tot school;BaO: leerlingen;BaO: deel;SBO: leerlingen;SBO: deel;"
                            + "SO: leerlingen;SO: deel\r\n")
                    .contains("0–1 km;400;40,00 %;10;10,00 %;< 5;< 5\r\n", "Totaal;1000;100,00 %;100;100,00 %;80;")
                    .doesNotContain(";17;", ";3;");

            byte[] xlsx = kc.bytes("/thema/thuisnabijheid?onderdeel=afstanden&formaat=xlsx");
            try (ReadableWorkbook workbook =
                    new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
                List<Row> rows = workbook.getFirstSheet().read();
                Row near = rows.stream()
                        .filter(r -> "0–1 km".equals(r.getCellText(0)))
                        .findFirst()
                        .orElseThrow();
                assertThat(near.getCell(1).getType()).isEqualTo(CellType.NUMBER);
                assertThat(near.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(new BigDecimal(400));
                assertThat(near.getCellText(5)).isEqualTo("< 5");
                Row far = rows.stream()
                        .filter(r -> "20 km of meer".equals(r.getCellText(0)))
                        .findFirst()
                        .orElseThrow();
                assertThat(far.getCellText(1)).isEqualTo("< 5");
                assertThat(far.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(new BigDecimal(30));
            }
        });
    }

    @Test
    void dutchFiguresBecomeNumbersAndEverythingElseStaysText() {
        assertThat(SectionExport.figure("1.234")).isEqualTo(new BigDecimal("1234"));
        assertThat(SectionExport.figure("12,5")).isEqualTo(new BigDecimal("12.5"));
        assertThat(SectionExport.figure("-3")).isEqualTo(new BigDecimal("-3"));
        assertThat(SectionExport.figure("< 5")).isEqualTo("< 5");
        assertThat(SectionExport.figure("5,07 %")).isEqualTo("5,07 %");
        assertThat(SectionExport.figure("2024-2025")).isEqualTo("2024-2025");
        assertThat(SectionExport.figure("")).isNull();
    }
}

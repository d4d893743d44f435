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

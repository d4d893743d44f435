package nl.dekkend.dashboard.datakwaliteit;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.dekkend.appdb.AuditEntry;
import nl.dekkend.appdb.AuditFilter;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.assertj.core.groups.Tuple;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table of the Datakwaliteit page exports as CSV and XLSX through the one export, logged, without pupil detail. */
class DatakwaliteitExportTest {

    @TempDir
    Path warehouseDir;

    @Test
    void everyTableExportsAsCsvAndXlsxWithCountsAsNumbersAndNoFailingRows() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser kc = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String page = kc.get("/datakwaliteit").body().string();
            for (String tabel : List.of("bronnen", "bestanden", "quarantaine", "datatests")) {
                assertThat(page)
                        .contains("?tabel=" + tabel + "&amp;formaat=csv", "?tabel=" + tabel + "&amp;formaat=xlsx");
            }

            assertThat(csv(kc, "bronnen"))
                    .startsWith("\uFEFFbron;aangeleverd;bestanden;rijen_geladen;rijen_quarantaine;laatste_lading;"
                            + "nieuwste_periode\r\n")
                    .contains("duo_leerlingen_swv;ja;2;24;1;15-1-2024 09:58;1-10-2014\r\n")
                    .contains("tlv;nee;0;0;0;;\r\n");
            assertThat(csv(kc, "bestanden"))
                    .contains("duo_leerlingen_swv;duo_leerlingen_swv/2014.csv;deels geladen;13;12;1;15-1-2024 09:58;"
                            + "1 rij in quarantaine\r\n")
                    .contains("duo_leerlingen_swv;duo_leerlingen_swv/2013.csv;geladen;12;12;0;15-1-2024 09:57;\r\n");
            assertThat(csv(kc, "quarantaine"))
                    .contains("thuiszitters;thuiszitters/meldingen.csv;startdatum;datum ontbreekt;2;12, 40\r\n");
            assertThat(csv(kc, "datatests"))
                    .contains("fct_leerlingtelling;unique(vestiging, teldatum);ja;0\r\n")
                    .contains("fct_thuiszitters;not_null(startdatum);nee;2\r\n")
                    .doesNotContain("melding 12");

            byte[] xlsx = kc.bytes("/datakwaliteit?tabel=bestanden&formaat=xlsx");
            try (ReadableWorkbook workbook =
                    new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertThat(rows).hasSize(5);
                Row thuiszitters = rows.stream()
                        .filter(r ->
                                "thuiszitters/meldingen.csv".equals(r.getCell(1).getText()))
                        .findFirst()
                        .orElseThrow();
                assertThat(thuiszitters.getCell(3).getType()).isEqualTo(CellType.NUMBER);
                assertThat(thuiszitters.getCell(3).asNumber()).isEqualByComparingTo("42");
                assertThat(thuiszitters.getCell(3).getDataFormatString()).isEqualTo("#,##0");
                assertThat(thuiszitters.getCell(5).asNumber()).isEqualByComparingTo("2");
            }

            assertThat(kc.get("/datakwaliteit?tabel=leerlingen&formaat=csv").code())
                    .isEqualTo(400);
            List<AuditEntry> log = new AuditLog(fixture.appDatabase())
                    .list(new AuditFilter(null, AuditLog.EXPORT, null, null, AuditFilter.DEFAULT_LIMIT));
            assertThat(log)
                    .extracting(AuditEntry::gebruiker, AuditEntry::onderwerp)
                    .contains(
                            Tuple.tuple("kwaliteitscommissie", "datakwaliteit_bronnen (csv, 5 rijen)"),
                            Tuple.tuple("kwaliteitscommissie", "datakwaliteit_bestanden (xlsx, 4 rijen)"));
        });
    }

    private static String csv(TestUser user, String tabel) {
        return new String(user.bytes("/datakwaliteit?tabel=" + tabel + "&formaat=csv"), StandardCharsets.UTF_8);
    }
}

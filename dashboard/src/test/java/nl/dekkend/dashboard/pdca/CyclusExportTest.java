package nl.dekkend.dashboard.pdca;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.dekkend.appdb.AuditEntry;
import nl.dekkend.appdb.AuditFilter;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.assertj.core.groups.Tuple;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cycle's table leaves as CSV or XLSX through the one export, as the account sees it, logged. The closed cycle
 * 2014-2015 H2 froze at SWV level SBO 300 / 17.100 = 1,75 %, SO categorie 2 (4 pupils: hidden), categorie 3 (25, the
 * part that would give categorie 2 away: hidden), SBO + SO 2,98 % against the norm ≤ 3,00 % (groen) and 3
 * thuiszitters (hidden); then a correction publishes SBO 310 / 17.100 = 1,81 %.
 */
class CyclusExportTest {

    @TempDir
    Path warehouseDir;

    @Test
    void theClosedCycleExportsItsFrozenFiguresWithTodaysAndTheDifferenceHiddenWhereThePageHidesThem() throws Exception {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "lake_versies");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser kc = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            kc.get("/pdca");
            assertThat(kc.post("/pdca/cycli", Map.of("code", "2014-2015 H2")).code())
                    .isEqualTo(303);
            kc.get("/pdca/cycli/2014-2015-H2");
            assertThat(kc.post("/pdca/cycli/2014-2015-H2/sluiten", Map.of()).code())
                    .isEqualTo(303);
            fixture.publish("y", "po3009", "lake_versies", "deelname_sbo_2014_gecorrigeerd");

            assertThat(kc.get("/pdca/cycli/2014-2015-H2").body().string())
                    .contains("href=\"?formaat=csv\"", "href=\"?formaat=xlsx\"");
            byte[] xlsx = kc.bytes("/pdca/cycli/2014-2015-H2?formaat=xlsx");
            try (ReadableWorkbook workbook =
                    new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
                List<Row> rows = workbook.getFirstSheet().read();
                List<String> header = texts(rows.get(0));
                assertThat(header)
                        .containsExactly(
                                "indicator",
                                "naam",
                                "periode",
                                "niveau",
                                "gebied",
                                "gebied_naam",
                                "waarde",
                                "eenheid",
                                "norm",
                                "status",
                                "nu",
                                "verschil",
                                "analyse",
                                "open_acties",
                                "over_deadline");
                // six deelname indicators and the thuiszitters of 2014-2015
                assertThat(rows).hasSize(8);
                Row sbo = find(rows, "deelname_sbo");
                assertThat(sbo.getCell(6).getType()).isEqualTo(CellType.NUMBER);
                assertThat(sbo.getCell(6).asNumber()).isEqualByComparingTo("1.75");
                assertThat(sbo.getCell(6).getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(sbo.getCell(10).asNumber()).isEqualByComparingTo("1.81");
                assertThat(sbo.getCell(11).asNumber()).isEqualByComparingTo("0.06");
                assertThat(sbo.getCell(12).asString()).isEqualTo("ontbreekt");
                Row sboSo = find(rows, "deelname_sbo_so");
                assertThat(sboSo.getCell(8).asNumber()).isEqualByComparingTo("3.00");
                assertThat(sboSo.getCell(9).asString()).isEqualTo("Groen");
                for (String hidden : List.of("deelname_so_cat2", "deelname_so_cat3", "thuiszitters_peildatum")) {
                    Row row = find(rows, hidden);
                    assertThat(row.getCell(6).asString()).as(hidden).isEqualTo("< 5");
                    for (int c : new int[] {8, 9, 10, 11}) {
                        assertThat(text(row, c))
                                .as(hidden + " column " + header.get(c))
                                .isEmpty();
                    }
                }
            }

            String csv = new String(kc.bytes("/pdca/cycli/2014-2015-H2?formaat=csv"), StandardCharsets.UTF_8);
            assertThat(csv)
                    .startsWith("\uFEFFindicator;naam;periode;niveau;gebied;gebied_naam;waarde;eenheid;norm;status;nu")
                    .contains("deelname_sbo;Deelnamepercentage SBO;2014-2015;swv;PO3009;De Kempen;1,75;%;;;1,81;0,06;"
                            + "ontbreekt;0;0")
                    .contains("deelname_so_cat3;Deelname SO categorie 3;2014-2015;swv;PO3009;De Kempen;< 5;%;;;;;")
                    .doesNotContain(";0,15;");

            List<AuditEntry> log = new AuditLog(fixture.appDatabase())
                    .list(new AuditFilter(null, AuditLog.EXPORT, null, null, AuditFilter.DEFAULT_LIMIT));
            assertThat(log)
                    .extracting(AuditEntry::gebruiker, AuditEntry::onderwerp)
                    .contains(
                            Tuple.tuple("kwaliteitscommissie", "cyclus_2014-2015-h2 (xlsx, 7 rijen)"),
                            Tuple.tuple("kwaliteitscommissie", "cyclus_2014-2015-h2 (csv, 7 rijen)"));
        });
    }

    private static Row find(List<Row> rows, String indicator) {
        return rows.stream()
                .filter(r -> indicator.equals(text(r, 0)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + indicator));
    }

    private static String text(Row row, int column) {
        return Optional.ofNullable(row.getCell(column)).map(Cell::getText).orElse("");
    }

    private static List<String> texts(Row row) {
        return StreamSupport.stream(row.spliterator(), false)
                .map(c -> c == null ? "" : c.getText())
                .collect(Collectors.toList());
    }
}

package nl.dekkend.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dekkend.appdb.AuditEntry;
import nl.dekkend.appdb.AuditFilter;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table leaves as CSV or XLSX through the viewer's scope and suppression, logged. */
class ExportTest {

    @TempDir
    java.nio.file.Path warehouseDir;

    @Test
    void theDeelnameTableAsXlsxHasRealNumbersWithDutchFormatsSuppressionAndAnExplanationSheet() throws Exception {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("run-1", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            byte[] xlsx = client.bytes("/deelname?formaat=xlsx");
            try (ReadableWorkbook workbook =
                    new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
                List<Sheet> sheets = workbook.getSheets().toList();
                assertThat(sheets).extracting(Sheet::getName).containsExactly("Cijfers", "Toelichting");
                List<Row> rows = sheets.get(0).read();
                List<String> header = texts(rows.get(0));
                assertThat(header)
                        .startsWith("indicator", "naam", "periode", "niveau", "gebied")
                        .contains("teller", "noemer", "waarde", "norm", "status", "landelijk");
                int waarde = header.indexOf("waarde");
                int teller = header.indexOf("teller");
                int landelijk = header.indexOf("landelijk");
                // 6 indicators x 2 periods at SWV level
                assertThat(rows).hasSize(13);
                Row sbo = find(rows, "deelname_sbo", "2013-2014");
                Cell value = sbo.getCell(waarde);
                assertThat(value.getType()).isEqualTo(CellType.NUMBER);
                assertThat(value.asNumber()).isEqualByComparingTo("1.83");
                assertThat(value.getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(sbo.getCell(teller).asNumber()).isEqualByComparingTo("316");
                assertThat(sbo.getCell(teller).getDataFormatString()).isEqualTo("#,##0");
                assertThat(sbo.getCell(landelijk).asNumber()).isEqualByComparingTo("2.56");
                // suppressed for the commission: "< 5", no teller, never the stored 0.02 or 4
                Row hidden = find(rows, "deelname_so_cat2", "2014-2015");
                assertThat(hidden.getCell(waarde).getType()).isEqualTo(CellType.STRING);
                assertThat(hidden.getCell(waarde).asString()).isEqualTo("< 5");
                assertThat(Optional.ofNullable(hidden.getCell(teller))
                                .map(Cell::getText)
                                .orElse(""))
                        .isEmpty();
                for (Row row : rows) {
                    for (Cell cell : row) {
                        if (cell != null && cell.getType() == CellType.NUMBER) {
                            assertThat(cell.asNumber()).isNotEqualByComparingTo(new BigDecimal("0.02"));
                        }
                    }
                }
                String notes = sheets.get(1).read().stream()
                        .map(r -> String.join("|", texts(r)))
                        .collect(Collectors.joining("\n"));
                assertThat(notes)
                        .contains(
                                "deelname_sbo|Deelnamepercentage SBO|SBO-leerlingen / (BaO + SBO) x 100|%",
                                "Dekkend, publicatie run-1", "kwaliteitscommissie");
            }
        });
    }

    @Test
    void theCsvHasSemicolonsDecimalCommasABomAndEveryExportIsLogged() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("run-1", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            byte[] csv = client.bytes("/thema/deelname?formaat=csv");
            assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(csv, StandardCharsets.UTF_8).substring(1);
            assertThat(text.lines().findFirst().orElseThrow()).startsWith("indicator;naam;periode;niveau;gebied");
            assertThat(text)
                    .contains(
                            "deelname_sbo;Deelnamepercentage SBO;2013-2014;swv;PO3009;De Kempen;;316;17283;1,83;%;;;2,56")
                    .contains("deelname_so_cat2;Deelname SO categorie 2;2014-2015;swv;PO3009;De Kempen;;;;< 5;%;;;")
                    .doesNotContain("0,02")
                    .doesNotContain("1.83");
            client.bytes("/indicatoren/deelname_sbo?niveau=gemeente&formaat=xlsx");
            List<AuditEntry> log = new AuditLog(fixture.appDatabase())
                    .list(new AuditFilter(null, AuditLog.EXPORT, null, null, AuditFilter.DEFAULT_LIMIT));
            assertThat(log)
                    .extracting(AuditEntry::gebruiker, AuditEntry::onderwerp)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple(
                                    "kwaliteitscommissie", "thema_deelname (csv, 12 rijen)"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "kwaliteitscommissie", "deelname_sbo_gemeente (xlsx, 1 rijen)"));
        });
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws Exception {
        ExportTable table = new ExportTable(
                "test",
                "Blad",
                List.of(ExportTable.Column.text("tekst"), ExportTable.Column.number("getal", 1)),
                List.of(
                        Arrays.<Object>asList("=HYPERLINK(\"x\")", new BigDecimal("-1234.5")),
                        Arrays.<Object>asList("@SUM(A1)", null),
                        Arrays.<Object>asList("+31", null),
                        Arrays.<Object>asList("-2", null)),
                List.of(List.of("Bron", "test")));
        String csv = new String(Export.csv(table), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"x\"\")\";-1234,5", "'@SUM(A1);", "'+31;", "'-2;")
                .doesNotContain("\n=", "\n@");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(Export.xlsx(table)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCell(0).asString()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(rows.get(1).getCell(0).getFormula()).isNull();
            assertThat(rows.get(1).getCell(1).asNumber()).isEqualByComparingTo("-1234.5");
            assertThat(rows.get(2).getCell(0).asString()).isEqualTo("'@SUM(A1)");
        }
    }

    private static Row find(List<Row> rows, String indicator, String periode) {
        return rows.stream()
                .filter(r -> indicator.equals(r.getCellAsString(0).orElse(""))
                        && periode.equals(r.getCellAsString(2).orElse("")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + indicator + " " + periode));
    }

    private static List<String> texts(Row row) {
        List<String> result = new ArrayList<>();
        for (Cell cell : row) {
            result.add(cell == null ? "" : cell.getText());
        }
        return result;
    }
}

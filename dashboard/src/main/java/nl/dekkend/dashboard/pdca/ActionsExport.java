package nl.dekkend.dashboard.pdca;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The actions register as a file for Excel users: CSV with semicolons, UTF-8 with a byte order mark and Dutch dates,
 * or XLSX. A cell that starts with {@code = + - @} gets a leading apostrophe, so a spreadsheet never runs it as a
 * formula.
 */
final class ActionsExport {

    static final List<String> HEADER = List.of(
            "cyclus",
            "indicator",
            "thema",
            "omschrijving",
            "eigenaar",
            "gemeente",
            "deadline",
            "status",
            "over_deadline",
            "evaluatie",
            "laatst_gewijzigd");

    private ActionsExport() {}

    static byte[] csv(List<ActionRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT
                                .builder()
                                .setDelimiter(';')
                                .setRecordSeparator("\r\n")
                                .get())) {
            out.write('\uFEFF');
            csv.printRecord(HEADER);
            for (ActionRow row : rows) {
                csv.printRecord(cells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(List<ActionRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Dekkend", "1.0");
            Worksheet sheet = workbook.newWorksheet("Acties");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = cells(rows.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(r + 1, c, cells.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<String> cells(ActionRow row) {
        return List.of(
                        row.cyclus(),
                        row.indicatorNaam(),
                        row.thema(),
                        row.omschrijving(),
                        row.eigenaar(),
                        row.gemeente(),
                        row.deadline(),
                        row.status(),
                        row.overdue() ? "ja" : "nee",
                        row.evaluatie(),
                        row.gewijzigd())
                .stream()
                .map(ActionsExport::neutralise)
                .toList();
    }

    /** A text a spreadsheet could take for a formula starts with an apostrophe instead. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}

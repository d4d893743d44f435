package nl.dekkend.dashboard.export;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.toegang.Viewer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one way a table leaves the dashboard: {@code ?formaat=csv} (semicolons, decimal comma, UTF-8 with a byte order
 * mark, so Excel opens it right) or {@code ?formaat=xlsx} (real numbers with a number format, a header row, the
 * explanation on a second sheet). A text cell that starts with {@code = + - @} gets a leading apostrophe, so a
 * spreadsheet never runs it as a formula. Every export is written to the audit log.
 */
public final class Export {

    public static final String PARAMETER = "formaat";

    private final AuditLog audit;

    public Export(AuditLog audit) {
        this.audit = audit;
    }

    /** The format asked for, or null when the request is for the page. */
    public static String requested(Context ctx) {
        String formaat = ctx.queryParam(PARAMETER);
        return "csv".equals(formaat) || "xlsx".equals(formaat) ? formaat : null;
    }

    /** Answers the request with the table in the asked format and logs it. */
    public void send(Context ctx, String formaat, ExportTable table) {
        audit.append(
                Viewer.current(ctx).naam(),
                AuditLog.EXPORT,
                table.bestand() + " (" + formaat + ", " + table.rijen().size() + " rijen)",
                ctx.ip());
        boolean csv = formaat.equals("csv");
        ctx.header("Content-Disposition", "attachment; filename=\"" + table.bestand() + "." + formaat + "\"");
        ctx.contentType(
                csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.result(csv ? csv(table) : xlsx(table));
    }

    public static byte[] csv(ExportTable table) {
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
            csv.printRecord(table.kolommen().stream()
                    .map(ExportTable.Column::kop)
                    .map(Export::neutralise)
                    .toList());
            for (List<Object> row : table.rijen()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    ExportTable.Column column = table.kolommen().get(c);
                    cells.add(
                            cell instanceof BigDecimal number && column.numeric()
                                    ? plainNumber(number, column.decimalen())
                                    : neutralise(cell == null ? "" : String.valueOf(cell)));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Dekkend", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.blad());
            List<ExportTable.Column> columns = table.kolommen();
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, neutralise(columns.get(c).kop()));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rijen().size(); r++) {
                List<Object> row = table.rijen().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof BigDecimal number && columns.get(c).numeric()) {
                        sheet.value(r + 1, c, number);
                        sheet.style(r + 1, c)
                                .format(columns.get(c).excelFormat())
                                .set();
                    } else if (cell != null) {
                        sheet.value(r + 1, c, neutralise(String.valueOf(cell)));
                    }
                }
            }
            sheet.freezePane(0, 1);
            Worksheet notes = workbook.newWorksheet("Toelichting");
            for (int r = 0; r < table.toelichting().size(); r++) {
                List<String> line = table.toelichting().get(r);
                for (int c = 0; c < line.size(); c++) {
                    notes.value(r, c, neutralise(line.get(c)));
                }
                if (r == 0) {
                    for (int c = 0; c < line.size(); c++) {
                        notes.style(0, c).bold().set();
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code 1234.5} with 2 decimals → {@code 1234,50}: a decimal comma, no thousands separator (Excel reads it). */
    static String plainNumber(BigDecimal value, int decimalen) {
        return value.setScale(decimalen, java.math.RoundingMode.HALF_UP)
                .toPlainString()
                .replace('.', ',');
    }

    /** A text a spreadsheet could take for a formula starts with an apostrophe instead. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    /** The name of the publication a reader reads ({@code run-1} for {@code publications/run-1.duckdb}). */
    public static String publication(nl.dekkend.dashboard.serving.ServingReader reader) {
        return reader.file().getFileName().toString().replaceFirst("\\.duckdb$", "");
    }

    /** The suppressed-cell text of the pages, for a number a viewer may not see. */
    public static final String SUPPRESSED = DutchFormat.SUPPRESSED;
}

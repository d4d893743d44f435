package nl.dekkend.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of an XLSX workbook, header on row 1. Numbers come out machine-formatted
 * ({@code 1234.5}); cells with a date format come out as {@code jjjj-mm-dd}. Formulas are never
 * evaluated: the value Excel cached is taken, and text is kept as text.
 */
final class XlsxTableReader {

    private XlsxTableReader() {}

    static RawTable read(byte[] bytes) throws FileReadException {
        if (bytes.length == 0) {
            throw new FileReadException("bestand is leeg: er is geen kopregel");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw new FileReadException("bestand is geen geldig .xlsx-werkboek");
        }
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>();
        int blank = 0;
        try (ReadableWorkbook wb =
                        new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
                Stream<Row> stream = firstSheet(wb).openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    values.add(text(row.getCell(i)));
                }
                boolean isBlank = values.stream().allMatch(String::isBlank);
                if (header == null) {
                    if (row.getRowNum() != 1 && !isBlank) {
                        throw new FileReadException(
                                "de kopregel moet op rij 1 van het eerste werkblad staan, maar rij 1 is leeg");
                    }
                    if (isBlank) {
                        throw new FileReadException(
                                "bestand is leeg: rij 1 van het eerste werkblad heeft geen kopregel");
                    }
                    while (!values.isEmpty() && values.get(values.size() - 1).isBlank()) {
                        values.remove(values.size() - 1);
                    }
                    header = values.stream().map(String::strip).toList();
                    continue;
                }
                if (isBlank) {
                    blank++;
                    continue;
                }
                rows.add(new RawRow(row.getRowNum(), values));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FileReadException("bestand is geen leesbaar .xlsx-werkboek: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new FileReadException("bestand is leeg: het eerste werkblad heeft geen kopregel");
        }
        return new RawTable(header, rows, blank, "XLSX, eerste werkblad", true, false);
    }

    private static Sheet firstSheet(ReadableWorkbook wb) throws FileReadException {
        Sheet sheet = wb.getFirstSheet();
        if (sheet == null) {
            throw new FileReadException("werkboek heeft geen werkblad");
        }
        return sheet;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        CellType type = cell.getType();
        if (type == CellType.FORMULA) {
            String cached = cell.getRawValue();
            return cached == null ? "" : cached;
        }
        if (type == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatString())) {
                try {
                    return cell.asDate().toLocalDate().toString();
                } catch (RuntimeException e) {
                    return cell.getRawValue();
                }
            }
            BigDecimal n = cell.asNumber();
            return n == null ? "" : n.stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
        }
        if (type == CellType.ERROR) {
            return cell.getRawValue() == null ? "" : cell.getRawValue();
        }
        String s = cell.getText();
        return s == null ? "" : s;
    }

    static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "");
        if (f.equals("general") || f.isBlank()) {
            return false;
        }
        return f.contains("d")
                || f.contains("y")
                || f.contains("j")
                || (f.contains("m") && !f.contains("h") && !f.contains("0"));
    }
}

package nl.dekkend.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 *
 * <p>The workbook is opened from its file (fastexcel's {@code ReadableWorkbook(File)}: a random-access
 * zip whose sheet is parsed as a stream of rows), never read whole into memory. Before that, the zip's
 * directory is checked: a workbook that would unpack to more than the limit, or a part that inflates
 * more than {@value #MAX_RATIO} times beyond {@value #RATIO_FROM_BYTES} bytes, is refused as a zip bomb.
 */
final class XlsxTableReader {

    static final long MAX_RATIO = 200;
    static final long RATIO_FROM_BYTES = 100L * 1024 * 1024;

    private XlsxTableReader() {}

    static RawTable read(Path file, ReadLimits limits) throws FileReadException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new FileReadException(
                    "bestand kan niet gelezen worden: " + e.getClass().getSimpleName(), e);
        }
        if (n == 0) {
            throw new FileReadException("bestand is leeg: er is geen kopregel");
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw new FileReadException(
                    "bestand is een oud Excel-werkboek (.xls) met de naam .xlsx; sla het in Excel op als .xlsx");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw new FileReadException("bestand is geen geldig .xlsx-werkboek");
        }
        checkUnpackedSize(file, limits);
        try {
            return parse(file, limits);
        } catch (RuntimeException e) { // fastexcel's ExcelReaderException, a parser's XMLStreamException wrapped
            throw new FileReadException(
                    "bestand is geen leesbaar .xlsx-werkboek (beschadigd, onvolledig of geen Excel-bestand)", e);
        }
    }

    /** Refuses a zip bomb by the sizes in the zip's central directory, before anything is inflated. */
    static void checkUnpackedSize(Path file, ReadLimits limits) throws FileReadException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size < 0) {
                    continue;
                }
                total += size;
                if (size > RATIO_FROM_BYTES && packed > 0 && size / packed > MAX_RATIO) {
                    throw new FileReadException("bestand pakt verdacht sterk uit (onderdeel van "
                            + ReadLimits.megabytes(packed) + " wordt " + ReadLimits.megabytes(size)
                            + "): dit is geen gewoon werkboek (zip-bom?)");
                }
                if (total > limits.maxUnpackedBytes()) {
                    throw new FileReadException("bestand pakt uit tot meer dan "
                            + ReadLimits.megabytes(limits.maxUnpackedBytes()) + "; maximaal "
                            + ReadLimits.megabytes(limits.maxUnpackedBytes()) + " uitgepakt (zip-bom?)");
                }
            }
        } catch (IOException e) {
            throw new FileReadException(
                    "bestand is geen leesbaar .xlsx-werkboek (het zip-archief is beschadigd of onvolledig)", e);
        }
    }

    private static RawTable parse(Path file, ReadLimits limits) throws FileReadException {
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>();
        int blank = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
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
                if (rows.size() == limits.maxRows()) {
                    throw limits.tooManyRows();
                }
                rows.add(new RawRow(row.getRowNum(), values));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FileReadException(
                    "bestand is geen leesbaar .xlsx-werkboek (beschadigd, onvolledig of geen Excel-bestand)", e);
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

package nl.dekkend.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Table} as XLSX (first sheet, header on row 1). The workbook is re-zipped with a fixed
 * creation time and fixed entry times so that the same data give the same bytes.
 */
final class XlsxFiles {

    /** How dates are stored: as real Excel dates, or as text in a given pattern. */
    enum Dates {
        EXCEL,
        TEXT_DMY,
        TEXT_ISO
    }

    private static final long FIXED_TIME = 1_754_000_000_000L;

    private XlsxFiles() {}

    static void write(Path file, Table table, String sheetName, Dates dates) throws IOException {
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(raw, "Dekkend demo", "1.0")) {
            Worksheet ws = wb.newWorksheet(sheetName);
            for (int c = 0; c < table.header().size(); c++) {
                ws.value(0, c, table.header().get(c));
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    cell(ws, r, c, row.get(c), dates);
                }
                r++;
            }
            wb.finish();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(stable(raw.toByteArray()));
        }
    }

    private static void cell(Worksheet ws, int r, int c, Object value, Dates dates) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            switch (dates) {
                case EXCEL -> {
                    ws.value(r, c, date);
                    ws.style(r, c).format("dd-mm-yyyy").set();
                }
                case TEXT_DMY ->
                    ws.value(r, c, DateTimeFormatter.ofPattern("dd-MM-yyyy").format(date));
                case TEXT_ISO -> ws.value(r, c, date.toString());
            }
        } else if (value instanceof BigDecimal number) {
            ws.value(r, c, number);
        } else if (value instanceof Number number) {
            ws.value(r, c, number);
        } else if (value instanceof Boolean b) {
            ws.value(r, c, b ? "ja" : "nee");
        } else {
            ws.value(r, c, value.toString());
        }
    }

    private static byte[] stable(byte[] xlsx) throws IOException {
        Path temp = Files.createTempFile("dekkend-demo", ".xlsx");
        try {
            Files.write(temp, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipFile in = new ZipFile(temp.toFile());
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream stream = in.getInputStream(entry)) {
                        content = stream.readAllBytes();
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8)
                                .replaceAll(
                                        "(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                                        "$12025-08-01T00:00:00Z$2");
                        content = xml.getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(FIXED_TIME);
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

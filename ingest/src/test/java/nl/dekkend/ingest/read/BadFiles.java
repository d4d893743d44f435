package nl.dekkend.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files that break readers, built by hand for the tests of ingest's door. */
public final class BadFiles {

    public static final String SWV_HEADER = "swv_code;teldatum;bao;sbo;so_cat1;so_cat2;so_cat3";

    private BadFiles() {}

    /** A valid {@code duo_leerlingen_swv} workbook, cut off half-way (an interrupted download or copy). */
    public static byte[] truncatedXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Blad1");
            String[] header = SWV_HEADER.split(";");
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 1; r <= 200; r++) {
                ws.value(r, 0, "PO3009");
                ws.value(r, 1, "1-10-" + (1900 + r));
                for (int c = 2; c < header.length; c++) {
                    ws.value(r, c, r * c);
                }
            }
        }
        byte[] whole = out.toByteArray();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A zip with the xlsx signature but no workbook part: fastexcel throws its ExcelReaderException. */
    public static byte[] zipWithoutWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A small workbook-shaped zip whose sheet inflates to {@code unpackedMb} MB of spaces. */
    public static void zipBomb(Path file, int unpackedMb) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < unpackedMb; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
    }

    /** A CSV whose second line is one cell of {@code chars} characters. */
    public static byte[] longLineCsv(int chars) {
        return (SWV_HEADER + "\n" + "x".repeat(chars) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV as Excel's "Unicode-tekst" saves it: UTF-16LE with a byte-order mark. */
    public static byte[] utf16Csv() {
        byte[] text = (SWV_HEADER + "\r\nPO3009;1-10-2013;16967;316;186;19;26\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }
}

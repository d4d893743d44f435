package nl.dekkend.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * DUO's own open-data files: {@code ;} without quoting, CRLF. File 02 is Windows-1252 without BOM,
 * file 06 UTF-8 with BOM.
 */
final class DuoLayout {

    private DuoLayout() {}

    static void write(Path file, List<String> lines, boolean utf8WithBom) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            if (utf8WithBom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            for (String line : lines) {
                out.write((line + "\r\n").getBytes(utf8WithBom ? StandardCharsets.UTF_8 : CsvDialect.WINDOWS_1252));
            }
        }
    }

    /** DUO writes an empty field as a single space. */
    static String field(String value) {
        return value == null || value.isEmpty() ? " " : value;
    }
}

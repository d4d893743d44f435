package nl.dekkend.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads the written demo files back, the plain way, for the tests. */
final class DemoFiles {

    private DemoFiles() {}

    /** Rows of a {@code ;} or {@code ,} CSV without quoted separators; a leading BOM is dropped. */
    static List<String[]> csv(Path file, Charset charset, String separator) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, charset)) {
            if (rows.isEmpty() && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            rows.add(line.split(separator, -1));
        }
        return rows;
    }

    static List<String[]> csvUtf8(Path file, String separator) throws IOException {
        return csv(file, StandardCharsets.UTF_8, separator);
    }

    /** Cell texts of the first sheet, row by row. */
    static List<List<String>> xlsx(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.getFirstSheet();
            try (Stream<Row> stream = sheet.openStream()) {
                stream.forEach(r -> {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < r.getCellCount(); c++) {
                        cells.add(r.getCellText(c));
                    }
                    rows.add(cells);
                });
            }
        }
        return rows;
    }

    /** SHA-256 of every file under the folder, by relative path. */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int column(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    static int column(List<String> header, String name) {
        return column(header.toArray(String[]::new), name);
    }
}

package nl.dekkend.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a CSV or XLSX file into a {@link RawTable}, by file extension. */
public final class TableReader {

    private TableReader() {}

    public static boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    public static RawTable read(Path file) throws FileReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FileReadException("bestand kan niet gelezen worden: " + e.getMessage(), e);
        }
        return read(file.getFileName().toString(), bytes);
    }

    public static RawTable read(String fileName, byte[] bytes) throws FileReadException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XlsxTableReader.read(bytes);
        }
        if (name.endsWith(".csv")) {
            return CsvTableReader.read(bytes);
        }
        throw new FileReadException("onbekend bestandstype: alleen .csv en .xlsx worden gelezen");
    }
}

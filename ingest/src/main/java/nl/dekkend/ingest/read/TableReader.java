package nl.dekkend.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a CSV or XLSX file into a {@link RawTable}, by file extension, within {@link ReadLimits}. Every
 * way a file can fail to read ends in a {@link FileReadException} with a Dutch message.
 */
public final class TableReader {

    private TableReader() {}

    public static boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    public static RawTable read(Path file) throws FileReadException {
        return read(file, ReadLimits.DEFAULTS);
    }

    public static RawTable read(Path file, ReadLimits limits) throws FileReadException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new FileReadException(
                    "bestand kan niet gelezen worden: " + e.getClass().getSimpleName(), e);
        }
        if (size > limits.maxBytes()) {
            throw new FileReadException("bestand is te groot: " + ReadLimits.megabytes(size) + ", maximaal "
                    + ReadLimits.megabytes(limits.maxBytes()) + " per bestand");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XlsxTableReader.read(file, limits);
        }
        if (name.endsWith(".csv")) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new FileReadException(
                        "bestand kan niet gelezen worden: " + e.getClass().getSimpleName(), e);
            }
            return CsvTableReader.read(bytes, limits);
        }
        throw new FileReadException("onbekend bestandstype: alleen .csv en .xlsx worden gelezen");
    }

    /** Reads file content given in memory (tests, small uploads): an XLSX goes through a temporary file. */
    public static RawTable read(String fileName, byte[] bytes) throws FileReadException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvTableReader.read(bytes, ReadLimits.DEFAULTS);
        }
        if (!name.endsWith(".xlsx")) {
            throw new FileReadException("onbekend bestandstype: alleen .csv en .xlsx worden gelezen");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("dekkend-", ".xlsx");
            Files.write(tmp, bytes);
            return read(tmp, ReadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new FileReadException(
                    "bestand kan niet gelezen worden: " + e.getClass().getSimpleName(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}

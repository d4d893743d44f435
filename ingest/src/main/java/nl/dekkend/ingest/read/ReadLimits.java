package nl.dekkend.ingest.read;

import java.util.Locale;
import nl.dekkend.ingest.DutchCount;

/**
 * How much one inbox file may hold; a file over a limit is rejected whole with a Dutch message, so a
 * wrong or hostile file cannot exhaust memory or stop the run.
 *
 * @param maxBytes largest file on disk
 * @param maxRows most data rows in one file
 * @param maxLineChars longest physical line of a CSV file
 * @param maxUnpackedBytes largest size an XLSX workbook may unpack to (all its parts together)
 */
public record ReadLimits(long maxBytes, long maxRows, int maxLineChars, long maxUnpackedBytes) {

    public static final long MB = 1024L * 1024L;

    /** Generous defaults: 200 MB, 2.000.000 rows, lines of 1.000.000 characters, 4 GB unpacked. */
    public static final ReadLimits DEFAULTS = new ReadLimits(200 * MB, 2_000_000, 1_000_000, 4096 * MB);

    public ReadLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxLineChars <= 0 || maxUnpackedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The defaults with another maximum file size and row count (the app's settings). */
    public static ReadLimits of(long maxBytes, long maxRows) {
        return new ReadLimits(
                maxBytes, maxRows, DEFAULTS.maxLineChars(), Math.max(DEFAULTS.maxUnpackedBytes(), 20 * maxBytes));
    }

    /** {@code 200 MB} or {@code 1,5 MB}. */
    static String megabytes(long bytes) {
        double mb = bytes / (double) MB;
        return (mb == Math.rint(mb)
                        ? DutchCount.of((long) mb)
                        : String.format(Locale.ROOT, "%.1f", mb).replace('.', ','))
                + " MB";
    }

    FileReadException tooManyRows() {
        return new FileReadException("bestand heeft meer dan " + DutchCount.of(maxRows) + " rijen; maximaal "
                + DutchCount.of(maxRows) + " rijen per bestand (splits het bestand, bijvoorbeeld per schooljaar)");
    }
}

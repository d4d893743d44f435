package nl.dekkend.ingest.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.ingest.DutchCount;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV: UTF-8 with or without BOM, else Windows-1252; {@code ;} or {@code ,} (or tab) separated,
 * detected on the header line; {@code "} quoting. Nothing is evaluated: a cell starting with {@code =}
 * stays that text. UTF-16 (Excel's "Unicode-tekst") and files with NUL bytes are refused with a message
 * that says how to save the file instead of being read as garbage.
 */
final class CsvTableReader {

    private static final java.util.regex.Pattern SEP_HINT =
            java.util.regex.Pattern.compile("\"?sep=([;,\t|])\"?\r?\n", java.util.regex.Pattern.CASE_INSENSITIVE);

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String SAVE_AS = "sla het in Excel op als 'CSV UTF-8 (door lijstscheidingsteken gescheiden)'"
            + " of 'CSV (puntkomma-gescheiden)'";
    static final String UTF16 = "bestand is opgeslagen als UTF-16 (Unicode-tekst), dat wordt niet gelezen; " + SAVE_AS;

    private CsvTableReader() {}

    static RawTable read(byte[] bytes, ReadLimits limits) throws FileReadException {
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        checkLineLength(text, limits.maxLineChars());
        if (text.isBlank()) {
            throw new FileReadException("bestand is leeg: er is geen kopregel");
        }
        char separator;
        java.util.regex.Matcher hint = SEP_HINT.matcher(text);
        if (hint.lookingAt()) { // Excel's "sep=;" first line: it names the separator and is not shown as a row
            separator = hint.group(1).charAt(0);
            text = text.substring(hint.end());
        } else {
            separator = detectSeparator(text);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>();
        int blank = 0;
        long recordNumber = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                recordNumber = record.getRecordNumber();
                List<String> values = record.toList();
                if (header == null) {
                    if (isBlank(values)) {
                        blank++;
                        continue;
                    }
                    header = values.stream().map(String::strip).toList();
                    continue;
                }
                if (isBlank(values)) {
                    blank++;
                    continue;
                }
                if (rows.size() == limits.maxRows()) {
                    throw limits.tooManyRows();
                }
                rows.add(new RawRow((int) recordNumber, values));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new FileReadException(
                    "bestand kan niet gelezen worden na rij " + recordNumber + " (aanhalingstekens kloppen niet?): "
                            + rootMessage(e),
                    e);
        }
        if (header == null) {
            throw new FileReadException("bestand is leeg: er is geen kopregel");
        }
        String fmt = "CSV, " + decoded.encoding() + ", scheidingsteken "
                + (separator == '\t' ? "tab" : String.valueOf(separator));
        return new RawTable(header, rows, blank, fmt, false, separator == ';');
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static boolean isBlank(List<String> values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    record Decoded(String text, String encoding) {}

    static Decoded decode(byte[] bytes) throws FileReadException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            try {
                return new Decoded(strictUtf8(bytes, 3), "UTF-8 met BOM");
            } catch (CharacterCodingException e) {
                throw new FileReadException("bestand begint met een UTF-8-BOM maar is geen geldige UTF-8", e);
            }
        }
        if (bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                        || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
            throw new FileReadException(UTF16);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new FileReadException("bestand bevat NUL-tekens: het is geen tekstbestand of het is als UTF-16"
                        + " opgeslagen; " + SAVE_AS);
            }
        }
        try {
            return new Decoded(strictUtf8(bytes, 0), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }

    /** Refuses a physical line longer than the limit (a binary file, or a file without line breaks). */
    static void checkLineLength(String text, int maxLineChars) throws FileReadException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > maxLineChars) {
                    throw new FileReadException("regel " + line + " is te lang: " + DutchCount.of(i - start)
                            + " tekens, maximaal " + DutchCount.of(maxLineChars)
                            + " (is dit wel een CSV-bestand met een regel per rij?)");
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    /** Counts {@code ;}, {@code ,} and tab outside quotes on the first non-blank line; {@code ;} wins ties. */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted) {
                if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
            if (!Character.isWhitespace(c)) {
                seenContent = true;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}

package nl.dekkend.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a {@link Table} as CSV in a given dialect. */
final class CsvFiles {

    private CsvFiles() {}

    static void write(Path file, Table table, CsvDialect dialect) throws IOException {
        Files.createDirectories(file.getParent());
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(dialect.separator())
                .setRecordSeparator(dialect.lineEnd())
                .get();
        try (OutputStream out = Files.newOutputStream(file)) {
            if (dialect.bom()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer writer = new OutputStreamWriter(out, dialect.charset().newEncoder());
            try (CSVPrinter printer = new CSVPrinter(writer, format)) {
                printer.printRecord(table.header());
                for (List<Object> row : table.rows()) {
                    for (Object cell : row) {
                        printer.print(dialect.format(cell));
                    }
                    printer.println();
                }
            }
        }
    }
}

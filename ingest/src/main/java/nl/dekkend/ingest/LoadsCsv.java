package nl.dekkend.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.ingest.bronze.Manifest;
import nl.dekkend.ingest.bronze.ManifestRow;
import org.apache.spark.sql.SparkSession;

/** The data behind {@code dekkend loads}: the latest load of every file, as {@code ;}-separated CSV. */
public final class LoadsCsv {

    public static final String HEADER = "bron;bestand;status;rijen;geladen;quarantaine;melding";

    private LoadsCsv() {}

    public static void write(SparkSession spark, Path lake, Appendable out) {
        Map<String, ManifestRow> latest = new LinkedHashMap<>();
        for (ManifestRow m : Manifest.read(spark, lake)) { // ordered by klaar_op, load_id: later ones win
            latest.put(m.bron() + "\u0000" + m.bestand(), m);
        }
        List<ManifestRow> rows = latest.values().stream()
                .sorted(Comparator.comparing(ManifestRow::bron).thenComparing(ManifestRow::bestand))
                .toList();
        try {
            out.append(HEADER).append('\n');
            for (ManifestRow m : rows) {
                out.append(field(m.bron()))
                        .append(';')
                        .append(field(m.bestand()))
                        .append(';')
                        .append(field(m.status()))
                        .append(';')
                        .append(Long.toString(m.rijen()))
                        .append(';')
                        .append(Long.toString(m.geladen()))
                        .append(';')
                        .append(Long.toString(m.quarantaine()))
                        .append(';')
                        .append(field(m.melding()))
                        .append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the loads overview", e);
        }
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(';') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}

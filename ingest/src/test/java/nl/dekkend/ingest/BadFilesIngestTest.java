package nl.dekkend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dekkend.ingest.bronze.Manifest;
import nl.dekkend.ingest.bronze.ManifestRow;
import nl.dekkend.ingest.read.BadFiles;
import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file never stops the run: a truncated workbook, a zip without workbook, a zip bomb, a line
 * longer than the limit and a UTF-16 file are each rejected with their reason and a manifest row, the
 * good file beside them loads, and the rerun moves on.
 */
class BadFilesIngestTest {

    @TempDir
    Path home;

    private final SparkSession spark = SparkSessions.forTests();

    @Test
    void eachBadFileIsRejectedWithItsReasonAndTheRestLoads() throws IOException {
        Path swv = Files.createDirectories(home.resolve("inbox/duo_leerlingen_swv"));
        Files.write(swv.resolve("a-half.xlsx"), BadFiles.truncatedXlsx());
        Files.write(swv.resolve("b-leeg.xlsx"), BadFiles.zipWithoutWorkbook());
        BadFiles.zipBomb(swv.resolve("c-bom.xlsx"), 150);
        Files.copy(Path.of("src/test/resources/fixtures/valid/duo_leerlingen_swv.csv"), swv.resolve("d-2013.csv"));
        Files.write(swv.resolve("e-lang.csv"), BadFiles.longLineCsv(1_000_001));
        Files.write(swv.resolve("f-unicode.csv"), BadFiles.utf16Csv());
        IngestConfig config = new IngestConfig(
                home.resolve("inbox"),
                home.resolve("lake"),
                home.resolve("secrets"),
                Optional.of("sleutel-0123456789"));
        List<String> progress = new ArrayList<>();

        IngestReport first = new IngestJob(spark, config).run(progress::add);

        assertThat(first.anyRejected()).isTrue();
        assertThat(first.files())
                .extracting(FileLoad::bestand, FileLoad::status, FileLoad::geladen)
                .containsExactly(
                        tuple("duo_leerlingen_swv/a-half.xlsx", LoadStatus.AFGEWEZEN, 0L),
                        tuple("duo_leerlingen_swv/b-leeg.xlsx", LoadStatus.AFGEWEZEN, 0L),
                        tuple("duo_leerlingen_swv/c-bom.xlsx", LoadStatus.AFGEWEZEN, 0L),
                        tuple("duo_leerlingen_swv/d-2013.csv", LoadStatus.GELADEN, 3L),
                        tuple("duo_leerlingen_swv/e-lang.csv", LoadStatus.AFGEWEZEN, 0L),
                        tuple("duo_leerlingen_swv/f-unicode.csv", LoadStatus.AFGEWEZEN, 0L));
        assertThat(first.files())
                .extracting(FileLoad::melding)
                .satisfiesExactly(
                        m -> assertThat(m)
                                .isEqualTo("bestand is geen leesbaar .xlsx-werkboek (het zip-archief is beschadigd of"
                                        + " onvolledig)"),
                        m -> assertThat(m)
                                .isEqualTo("bestand is geen leesbaar .xlsx-werkboek (beschadigd, onvolledig of geen"
                                        + " Excel-bestand)"),
                        m -> assertThat(m)
                                .startsWith("bestand pakt verdacht sterk uit")
                                .endsWith("(zip-bom?)"),
                        m -> assertThat(m).startsWith("3 rijen geladen, 0 in quarantaine"),
                        m -> assertThat(m).startsWith("regel 2 is te lang: 1.000.001 tekens, maximaal 1.000.000"),
                        m -> assertThat(m).startsWith("bestand is opgeslagen als UTF-16 (Unicode-tekst)"));
        assertThat(progress)
                .contains("duo_leerlingen_swv/c-bom.xlsx: afgewezen: "
                        + first.files().get(2).melding());
        List<ManifestRow> manifest = Manifest.read(spark, home.resolve("lake"));
        assertThat(manifest).extracting(ManifestRow::status).containsOnly(LoadStatus.AFGEWEZEN, LoadStatus.GELADEN);
        assertThat(manifest).hasSize(6);
        assertThat(spark.read()
                        .format("delta")
                        .load(home.resolve("lake/bronze/duo_leerlingen_swv").toString())
                        .count())
                .isEqualTo(3L);

        IngestReport rerun = new IngestJob(spark, config).run(line -> {});

        assertThat(rerun.files()).extracting(FileLoad::status).containsOnly(LoadStatus.ONGEWIJZIGD);
        assertThat(rerun.files().get(0).melding()).endsWith(", status afgewezen); niets gewijzigd");
    }
}

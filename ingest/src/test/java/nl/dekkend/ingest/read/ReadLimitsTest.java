package nl.dekkend.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dekkend.ingest.DutchCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a file fails to read ends in one Dutch sentence, never in an exception that stops the run. */
class ReadLimitsTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void theDefaultsAreGenerous() {
        assertThat(ReadLimits.DEFAULTS.maxBytes()).isEqualTo(200L * 1024 * 1024);
        assertThat(ReadLimits.DEFAULTS.maxRows()).isEqualTo(2_000_000L);
        assertThat(ReadLimits.megabytes(ReadLimits.DEFAULTS.maxBytes())).isEqualTo("200 MB");
        assertThat(DutchCount.of(2_000_000)).isEqualTo("2.000.000");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = write("groot.csv", new byte[3 * 1024 * 1024 / 2]);
        assertThatThrownBy(() -> TableReader.read(file, ReadLimits.of(1024 * 1024, 10)))
                .isInstanceOf(FileReadException.class)
                .hasMessage("bestand is te groot: 1,5 MB, maximaal 1 MB per bestand");
    }

    @Test
    void aFileWithMoreRowsThanTheLimitIsRefused() throws Exception {
        Path csv = write("rijen.csv", "a;b\n1;2\n3;4\n5;6\n".getBytes(StandardCharsets.UTF_8));
        assertThat(TableReader.read(csv, ReadLimits.of(1024, 3)).rows()).hasSize(3);
        assertThatThrownBy(() -> TableReader.read(csv, ReadLimits.of(1024, 2)))
                .hasMessage("bestand heeft meer dan 2 rijen; maximaal 2 rijen per bestand (splits het bestand,"
                        + " bijvoorbeeld per schooljaar)");
        Path xlsx = write("rijen.xlsx", TableReaderTest.xlsx());
        assertThatThrownBy(() -> TableReader.read(xlsx, ReadLimits.of(1024 * 1024, 1)))
                .hasMessageStartingWith("bestand heeft meer dan 1 rijen");
    }

    @Test
    void aLineLongerThanTheLimitIsRefused() throws Exception {
        Path file = write("lang.csv", BadFiles.longLineCsv(1_000_001));
        assertThatThrownBy(() -> TableReader.read(file))
                .hasMessage("regel 2 is te lang: 1.000.001 tekens, maximaal 1.000.000 (is dit wel een CSV-bestand met"
                        + " een regel per rij?)");
        assertThat(TableReader.read(write("net.csv", BadFiles.longLineCsv(1_000_000)))
                        .rows())
                .hasSize(1);
    }

    @Test
    void utf16IsRefusedWithHowToSaveTheFile() throws Exception {
        assertThatThrownBy(() -> TableReader.read(write("unicode.csv", BadFiles.utf16Csv())))
                .hasMessageStartingWith("bestand is opgeslagen als UTF-16 (Unicode-tekst), dat wordt niet gelezen;"
                        + " sla het in Excel op als 'CSV UTF-8");
        byte[] noBom = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TableReader.read(write("zonder-bom.csv", noBom)))
                .hasMessageStartingWith("bestand bevat NUL-tekens");
    }

    @Test
    void aTruncatedWorkbookIsAReadError() throws Exception {
        assertThatThrownBy(() -> TableReader.read(write("half.xlsx", BadFiles.truncatedXlsx())))
                .isInstanceOf(FileReadException.class)
                .hasMessage("bestand is geen leesbaar .xlsx-werkboek (het zip-archief is beschadigd of onvolledig)");
    }

    @Test
    void aZipWithoutWorkbookIsAReadError() throws Exception {
        assertThatThrownBy(() -> TableReader.read(write("leeg.xlsx", BadFiles.zipWithoutWorkbook())))
                .isInstanceOf(FileReadException.class)
                .hasMessage("bestand is geen leesbaar .xlsx-werkboek (beschadigd, onvolledig of geen Excel-bestand)")
                .hasCauseInstanceOf(org.dhatim.fastexcel.reader.ExcelReaderException.class);
    }

    @Test
    void aZipBombIsRefusedFromItsDirectoryBeforeInflating() throws Exception {
        Path bomb = dir.resolve("bom.xlsx");
        BadFiles.zipBomb(bomb, 150);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> TableReader.read(bomb))
                .hasMessageStartingWith("bestand pakt verdacht sterk uit (onderdeel van ")
                .hasMessageEndingWith(" wordt 150 MB): dit is geen gewoon werkboek (zip-bom?)");
        // the total unpacked size is limited too
        Path small = dir.resolve("klein.xlsx");
        BadFiles.zipBomb(small, 3);
        assertThatThrownBy(() -> TableReader.read(small, new ReadLimits(1024 * 1024, 10, 1000, 2 * 1024 * 1024)))
                .hasMessage("bestand pakt uit tot meer dan 2 MB; maximaal 2 MB uitgepakt (zip-bom?)");
    }
}

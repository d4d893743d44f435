package nl.dekkend.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    private static RawTable csv(byte[] bytes) throws FileReadException {
        return TableReader.read("x.csv", bytes);
    }

    @Test
    void readsWindows1252WithSemicolons() throws FileReadException {
        byte[] bytes = "naam;plaats\r\nHindoeïstisch;ALMERE\r\n".getBytes(Charset.forName("windows-1252"));
        RawTable t = csv(bytes);
        assertThat(t.header()).containsExactly("naam", "plaats");
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.values()).containsExactly("Hindoeïstisch", "ALMERE");
            assertThat(r.rij()).isEqualTo(2);
        });
        assertThat(t.format()).isEqualTo("CSV, Windows-1252, scheidingsteken ;");
    }

    @Test
    void readsUtf8WithBomAndCommas() throws FileReadException {
        byte[] body = "teldatum,sbo_pct\n2013-10-01,\"2,52\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        RawTable t = csv(bytes);
        assertThat(t.header()).containsExactly("teldatum", "sbo_pct");
        assertThat(t.rows().get(0).values()).containsExactly("2013-10-01", "2,52");
        assertThat(t.format()).isEqualTo("CSV, UTF-8 met BOM, scheidingsteken ,");
    }

    @Test
    void keepsQuotedSeparatorsAndNewlinesAndCountsRowsAsTheSpreadsheetDoes() throws FileReadException {
        RawTable t = csv("a;b\n\"x;y\";\"regel 1\nregel 2\"\n\nlaatste;rij\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.rows()).extracting(RawRow::rij).containsExactly(2, 4);
        assertThat(t.rows().get(0).values()).containsExactly("x;y", "regel 1\nregel 2");
        assertThat(t.blankLines()).isEqualTo(1);
    }

    @Test
    void emptyFileIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> csv(new byte[0])).hasMessage("bestand is leeg: er is geen kopregel");
        assertThatThrownBy(() -> csv("\r\n\r\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("bestand is leeg: er is geen kopregel");
    }

    @Test
    void brokenQuotingIsAReadError() {
        assertThatThrownBy(() -> csv("a;b\n\"open;1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileReadException.class)
                .hasMessageStartingWith("bestand kan niet gelezen worden");
    }

    @Test
    void headerNamesIgnoreCaseSpacesUnderscoresAndDashes() {
        assertThat(HeaderNames.normalise("HUISNUMMER-TOEVOEGING"))
                .isEqualTo(HeaderNames.normalise("huisnummer_toevoeging"));
        assertThat(HeaderNames.normalise("\uFEFFBRIN NUMMER")).isEqualTo("brinnummer");
        assertThat(HeaderNames.normalise("So Cat-1")).isEqualTo("socat1");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithDatesNumbersAndFormulaText() throws Exception {
        RawTable t = TableReader.read("x.xlsx", xlsx());
        assertThat(t.header()).containsExactly("teldatum", "bao", "opmerking");
        assertThat(t.plainNumbers()).isTrue();
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).values()).containsExactly("2013-10-01", "16967", "=1+2");
        assertThat(t.rows().get(1).values()).containsExactly("1-10-2014", "0.5", "+31 6 1234");
        assertThat(t.rows().get(1).rij()).isEqualTo(3);
    }

    static byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Blad1");
            ws.value(0, 0, "teldatum");
            ws.value(0, 1, "bao");
            ws.value(0, 2, "opmerking");
            ws.value(1, 0, LocalDate.of(2013, 10, 1));
            ws.style(1, 0).format("dd-mm-yyyy").set();
            ws.value(1, 1, 16967);
            ws.value(1, 2, "=1+2");
            ws.value(2, 0, "1-10-2014");
            ws.value(2, 1, 0.5);
            ws.value(2, 2, "+31 6 1234");
            Worksheet other = wb.newWorksheet("Blad2");
            other.value(0, 0, "niet lezen");
        }
        return out.toByteArray();
    }

    @Test
    void notAnXlsxIsAReadError() {
        assertThatThrownBy(() -> TableReader.read("x.xlsx", "a;b\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("bestand is geen geldig .xlsx-werkboek");
    }

    @Test
    void detectsSeparatorOnTheHeaderOnly() {
        assertThat(CsvTableReader.detectSeparator("a;b;c\n1,2,3,4,5\n")).isEqualTo(';');
        assertThat(CsvTableReader.detectSeparator("\"a;b\",c\n")).isEqualTo(',');
        assertThat(List.of(CsvTableReader.detectSeparator("solo\n"))).containsExactly(';');
    }

    @Test
    void honoursExcelsSepHintLine() throws FileReadException {
        RawTable t = csv("sep=,\r\na;b,c\r\n1;2,3\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.header()).containsExactly("a;b", "c");
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.values()).containsExactly("1;2", "3");
            assertThat(r.rij()).isEqualTo(2);
        });
    }
}

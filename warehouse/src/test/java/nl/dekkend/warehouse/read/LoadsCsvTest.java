package nl.dekkend.warehouse.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import nl.dekkend.warehouse.ExportFixture;
import nl.dekkend.warehouse.WarehouseLayout;
import nl.dekkend.warehouse.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadsCsvTest {

    @TempDir
    Path dir;

    @Test
    void printsThePublishedLatestLoadOfEveryFileSortedAndQuotedOnlyWhenNeeded() throws Exception {
        WarehouseLayout layout = new WarehouseLayout(dir.resolve("warehouse"));
        String[] inserts = new String[ExportFixture.WORKED_EXAMPLE.length + 1];
        System.arraycopy(ExportFixture.WORKED_EXAMPLE, 0, inserts, 0, ExportFixture.WORKED_EXAMPLE.length);
        inserts[inserts.length - 1] = "insert into file_loads values "
                + "('tlv', 'tlv/tlv.csv', 'afgewezen', 0, 0, 0,"
                + " 'bestand is opgeslagen als UTF-16 (Unicode-tekst), dat wordt niet gelezen', '2024-01-02 10:00:00'),"
                + "('duo_leerlingen_swv', 'duo_leerlingen_swv/2013.csv', 'deels_geladen', 2, 1, 1,"
                + " '1 rij geladen, 1 in quarantaine; rij 3, kolom teldatum: de waarde is geen geldige datum',"
                + " '2024-01-02 09:00:00'),"
                + "('duo_leerlingen_swv', 'duo_leerlingen_swv/2012.csv', 'geladen', 3, 3, 0, '3 rijen geladen',"
                + " '2024-01-02 11:00:00')";
        new Publisher(layout, Clock.systemUTC())
                .publish(ExportFixture.write(dir.resolve("run1"), inserts), "run1", line -> {});
        StringBuilder out = new StringBuilder();

        int rows = new LoadsCsv(layout).write(out);

        assertThat(rows).isEqualTo(3);
        assertThat(out.toString()).isEqualTo("""
            bron;bestand;status;rijen;geladen;quarantaine;melding
            duo_leerlingen_swv;duo_leerlingen_swv/2012.csv;geladen;3;3;0;3 rijen geladen
            duo_leerlingen_swv;duo_leerlingen_swv/2013.csv;deels_geladen;2;1;1;"1 rij geladen, 1 in quarantaine; \
            rij 3, kolom teldatum: de waarde is geen geldige datum"
            tlv;tlv/tlv.csv;afgewezen;0;0;0;bestand is opgeslagen als UTF-16 (Unicode-tekst), dat wordt niet gelezen
            """);
    }

    @Test
    void saysWhatToRunWhenNothingIsPublished() {
        assertThatThrownBy(() -> new LoadsCsv(new WarehouseLayout(dir.resolve("leeg"))).write(new StringBuilder()))
                .hasMessageStartingWith("Er is nog niets gepubliceerd in ");
    }
}

package nl.dekkend.warehouse.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import nl.dekkend.warehouse.ExportFixture;
import nl.dekkend.warehouse.WarehouseLayout;
import nl.dekkend.warehouse.publish.Publisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorCsvTest {

    @TempDir
    Path dir;

    private IndicatorCsv csv;

    @BeforeEach
    void publishWorkedExample() throws Exception {
        WarehouseLayout layout = new WarehouseLayout(dir.resolve("warehouse"));
        new Publisher(layout, Clock.systemUTC())
                .publish(ExportFixture.write(dir.resolve("run1"), ExportFixture.WORKED_EXAMPLE), "run1", line -> {});
        csv = new IndicatorCsv(layout);
    }

    @Test
    void printsTheContractCsvWithSuppressedCellsEmpty() {
        StringBuilder out = new StringBuilder();

        int rows = csv.write("deelname_sbo", null, null, out);

        assertThat(rows).isEqualTo(2);
        assertThat(out.toString()).isEqualTo("""
            indicator;periode;niveau;gebied;teller;noemer;waarde;eenheid;norm;status;onderdrukt
            deelname_sbo;2013-2014;swv;PO3009;316;17283;1.83;%;;;nee
            deelname_sbo;2014-2015;swv;PO3009;;;;%;;;ja
            """);
    }

    @Test
    void filtersOnPeriodeAndPrintsNormAndStatus() {
        StringBuilder out = new StringBuilder();

        csv.write("deelname_sbo_so", "2023-2024", "swv", out);

        assertThat(out.toString())
                .endsWith("deelname_sbo_so;2023-2024;swv;PO3009;600;17000;3.53;%;3.00;oranje;nee\n")
                .hasLineCount(2);
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> csv.write("deelname_xyz", null, null, new StringBuilder()))
                .hasMessage("Onbekende indicator 'deelname_xyz'. Bekende indicatoren: deelname_sbo, deelname_sbo_so");
    }
}

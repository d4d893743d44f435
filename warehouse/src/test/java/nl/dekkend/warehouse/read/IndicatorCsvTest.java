package nl.dekkend.warehouse.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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

        int rows = csv.write("deelname_sbo", null, null, NormJudge.NONE, out);

        assertThat(rows).isEqualTo(2);
        assertThat(out.toString()).isEqualTo("""
            indicator;periode;niveau;gebied;teller;noemer;waarde;eenheid;norm;status;onderdrukt
            deelname_sbo;2013-2014;swv;PO3009;316;17283;1.83;%;;;nee
            deelname_sbo;2014-2015;swv;PO3009;;;;%;;;ja
            """);
    }

    @Test
    void filtersOnPeriodeAndPrintsTheNormAndStatusTheJudgeGives() {
        StringBuilder out = new StringBuilder();
        NormJudge judge = (indicator, periode, waarde) -> {
            assertThat(waarde).isEqualByComparingTo("3.53");
            return new NormJudge.Judgement(new BigDecimal("3.6"), "groen");
        };

        csv.write("deelname_sbo_so", "2023-2024", "swv", judge, out);

        assertThat(out.toString())
                .endsWith("deelname_sbo_so;2023-2024;swv;PO3009;600;17000;3.53;%;3.60;groen;nee\n")
                .hasLineCount(2);
    }

    @Test
    void aSuppressedCellGetsNoNormOrStatus() {
        StringBuilder out = new StringBuilder();

        csv.write("deelname_sbo", "2014-2015", null, (i, p, w) -> new NormJudge.Judgement(BigDecimal.ONE, "rood"), out);

        assertThat(out.toString()).endsWith("deelname_sbo;2014-2015;swv;PO3009;;;;%;;;ja\n");
    }

    @Test
    void aLevelTheCatalogDoesNotPublishIsRefusedWithThePublishedOnesInTheirOrder() {
        assertThatThrownBy(() -> csv.write("deelname_sbo", null, "wijk", NormJudge.NONE, new StringBuilder()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("onbekend niveau 'wijk'; kies uit swv, gemeente");
        StringBuilder out = new StringBuilder();
        assertThat(csv.write("deelname_sbo", null, "gemeente", NormJudge.NONE, out))
                .isZero();
        assertThat(out.toString()).isEqualTo(String.join(";", IndicatorCsv.HEADER) + "\n");
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> csv.write("deelname_xyz", null, null, NormJudge.NONE, new StringBuilder()))
                .hasMessage("Onbekende indicator 'deelname_xyz'. Bekende indicatoren: deelname_sbo, deelname_sbo_so");
    }
}

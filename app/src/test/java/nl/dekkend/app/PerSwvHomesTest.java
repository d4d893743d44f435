package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.publish.Publication;
import nl.dekkend.warehouse.publish.SwvPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish step of a national run: each SWV that delivered files gets an ordinary home under HOME/swv/ which the
 * commands read as any home; a single SWV's run makes none. No Spark: the national publication is built by hand.
 */
class PerSwvHomesTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private static Publication national(Path file, String aa, String bee) throws Exception {
        Duck.createMigrated(file);
        try (Connection db = Duck.open(file);
                Statement s = db.createStatement()) {
            s.execute(
                    "insert into kpi_definitions values ('deelname_sbo', 'Deelnamepercentage SBO', 'SBO / (BaO + SBO)',"
                            + " '%', 2, 'lager_beter', 'deelname', ['swv', 'gemeente'], ['duo_leerlingen_swv'], 'kpi_deelname')");
            s.execute("insert into kpi_niveaus values ('swv', 'Samenwerkingsverband', 1), ('gemeente', 'Gemeente', 2)");
            s.execute("insert into gebied_hierarchie values "
                    + "('swv', 'PO2001', 'Aa', null, null, null, null, 'PO2001'),"
                    + "('swv', 'PO2002', 'Bee', null, null, null, null, 'PO2002'),"
                    + "('gemeente', 'GM1001', 'Aadorp', null, null, 'GM1001', null, 'PO2001'),"
                    + "('gemeente', 'GM1002', 'Beestad', null, null, 'GM1002', null, 'PO2002')");
            s.execute(
                    "insert into kpi_values values "
                            + "('deelname_sbo', '2023-2024', 'swv', 'PO2001', 'Aa', '', 100, 5000, 2.00, null, null, false),"
                            + "('deelname_sbo', '2023-2024', 'swv', 'PO2002', 'Bee', '', 150, 6000, 2.50, null, null, false),"
                            + "('deelname_sbo', '2023-2024', 'gemeente', 'GM1001', 'Aadorp', '', 60, 3000, 2.00, null, null, false),"
                            + "('deelname_sbo', '2023-2024', 'gemeente', 'GM1002', 'Beestad', '', 90, 3000, 3.00, null, null, false)");
            s.execute("insert into file_loads values "
                    + "('tlv', '" + aa + "tlv/tlv.csv', 'geladen', 9, 9, 0, '9 rijen geladen', '2026-11-30 10:00:00'),"
                    + "('tlv', '" + bee
                    + "tlv/tlv2.csv', 'geladen', 7, 7, 0, '7 rijen geladen', '2026-11-30 10:01:00')");
        }
        return new Publication("run1", file, Map.of());
    }

    @Test
    void aNationalRunPublishesAHomePerSwvThatTheCommandsReadAsAnyHome() throws Exception {
        Home home = new Home(dir.resolve("home"));
        List<String> progress = new ArrayList<>();

        SwvPublisher.Result result = Pipeline.publishPerSwv(
                home, clock, national(dir.resolve("national.duckdb"), "PO2001/", "PO2002/"), "run1", progress::add);

        assertThat(result.published()).hasSize(2);
        assertThat(result.refused()).isEmpty();
        assertThat(progress).last().asString().startsWith("  per SWV: 2 gepubliceerd in ");
        Path aa = home.swvHomes().resolve("PO2001");
        AccountCommandsTest.Output loads = AccountCommandsTest.dekkend("", "loads", "--home", aa.toString());
        assertThat(loads.exitCode()).isZero();
        assertThat(loads.out().lines().skip(1)).containsExactly("tlv;PO2001/tlv/tlv.csv;geladen;9;9;0;9 rijen geladen");
        AccountCommandsTest.Output indicator = AccountCommandsTest.dekkend(
                "", "indicator", "deelname_sbo", "--niveau", "gemeente", "--home", aa.toString());
        assertThat(indicator.exitCode()).isZero();
        assertThat(indicator.out().lines().skip(1))
                .singleElement()
                .asString()
                .startsWith("deelname_sbo;2023-2024;gemeente;GM1001;60;3000;2.00;");
    }

    @Test
    void theNextRunWithTheSameFiguresKeepsEverySwvsPublication() throws Exception {
        Home home = new Home(dir.resolve("home"));
        Pipeline.publishPerSwv(
                home, clock, national(dir.resolve("run1.duckdb"), "PO2001/", "PO2002/"), "run1", line -> {});
        List<String> progress = new ArrayList<>();

        SwvPublisher.Result result = Pipeline.publishPerSwv(
                home, clock, national(dir.resolve("run2.duckdb"), "PO2001/", "PO2002/"), "run2", progress::add);

        assertThat(result.published()).isEmpty();
        assertThat(result.unchanged()).containsExactly("PO2001", "PO2002");
        assertThat(progress).contains("  PO2001: ongewijzigd", "  PO2002: ongewijzigd");
        assertThat(progress)
                .last()
                .asString()
                .startsWith("  per SWV: 0 gepubliceerd in ")
                .contains(", 2 ongewijzigd, 0 geweigerd");
        assertThat(home.swvHomes()
                        .resolve("PO2001/warehouse/current.duckdb")
                        .toRealPath()
                        .getFileName())
                .hasToString("run1.duckdb");
    }

    @Test
    void aSingleSwvRunPublishesNoHomes() throws Exception {
        Home home = new Home(dir.resolve("home"));

        SwvPublisher.Result result = Pipeline.publishPerSwv(
                home, clock, national(dir.resolve("single.duckdb"), "", "x"), "run1", line -> {});

        assertThat(result.published()).isEmpty();
        assertThat(home.swvHomes()).doesNotExist();
    }
}

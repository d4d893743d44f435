package nl.dekkend.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwvPublisherTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private WarehouseLayout layout(String swv) {
        return new WarehouseLayout(dir.resolve("swv").resolve(swv).resolve("warehouse"));
    }

    private SwvPublisher publisher() {
        return new SwvPublisher(this::layout, clock);
    }

    private static List<String> rows(Path file, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = Duck.openReadOnly(file);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? "|" : "").append(r.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void theSwvsAreThoseThatDeliveredInAFolderOfTheirOwn() throws Exception {
        Path national = NationalFixture.write(dir.resolve("national.duckdb"));

        assertThat(SwvPublisher.swvCodes(national)).containsExactly("PO2001", "PO2002");
    }

    @Test
    void aSingleSwvLakeNamesNoneEvenWhenItsFilesNameNeighbours() throws Exception {
        Path single = NationalFixture.write(
                dir.resolve("single.duckdb"),
                "delete from file_loads where bestand like 'PO2002/%'",
                "update file_loads set bestand = substr(bestand, 8) where bestand like 'PO2001/%'");

        assertThat(rows(single, "select count(distinct swv_code) from gebied_hierarchie"))
                .containsExactly("2");
        assertThat(SwvPublisher.swvCodes(single)).isEmpty();
    }

    @Test
    void eachSwvGetsItsOwnRowsAndTheLandelijkTablesWhole() throws Exception {
        Path national = NationalFixture.write(dir.resolve("national.duckdb"));

        SwvPublisher.Result result = publisher().publish(national, "run1", List.of("PO2001", "PO2002"), line -> {});

        assertThat(result.refused()).isEmpty();
        assertThat(result.published()).hasSize(2);
        Path aa = layout("PO2001").current();
        Path bee = layout("PO2002").current();
        assertThat(Files.isSymbolicLink(aa)).isTrue();
        assertThat(aa.toRealPath().getFileName().toString()).isEqualTo("run1.duckdb");

        // counted by hand from NationalFixture
        assertThat(result.published().get(0).rows())
                .contains(
                        entry("kpi_values", 8L),
                        entry("gebied_hierarchie", 5L),
                        entry("leerlingstromen", 3L),
                        entry("vestiging_herkomst", 1L),
                        entry("kpi_survival", 2L),
                        entry("thuisnabij_afstanden", 1L),
                        entry("dekkend_matrix", 1L),
                        entry("file_loads", 3L),
                        entry("quarantine_reasons", 1L),
                        entry("source_status", 4L),
                        entry("eigen_swv", 1L));
        assertThat(result.published().get(1).rows())
                .contains(
                        entry("kpi_values", 8L),
                        entry("gebied_hierarchie", 5L),
                        entry("leerlingstromen", 5L),
                        entry("vestiging_herkomst", 2L),
                        entry("kpi_survival", 1L),
                        entry("thuisnabij_afstanden", 1L),
                        entry("dekkend_matrix", 1L),
                        entry("file_loads", 3L),
                        entry("quarantine_reasons", 0L),
                        entry("source_status", 4L));
        for (Publication swv : result.published()) {
            assertThat(swv.rows())
                    .as("landelijk, whole")
                    .contains(
                            entry("kpi_definitions", 2L),
                            entry("kpi_norms", 1L),
                            entry("kpi_national", 1L),
                            entry("kpi_niveaus", 2L),
                            entry("kpi_themas", 1L),
                            entry("kpi_onderdrukking", 2L),
                            entry("lake_versions", 2L),
                            entry("data_test_results", 1L),
                            entry("swv_vergelijking", 3L));
        }

        assertThat(rows(aa, "select * from eigen_swv")).containsExactly("PO2001|aanlevering");
        assertThat(rows(bee, "select * from eigen_swv")).containsExactly("PO2002|aanlevering");
        assertThat(rows(aa, "select * from publication")).containsExactly("run1|run1|2026-11-30 12:00:00.0");

        // own areas, the stadsdeel a gemeente stands in for, the bestuur of its vestiging, and every SWV compared
        assertThat(rows(aa, "select indicator, niveau, gebied, teller from kpi_values order by all"))
                .containsExactly(
                        "deelname_sbo|gemeente|GM1001|60.0000",
                        "deelname_sbo|swv|PO2001|100.0000",
                        "deelname_sbo|swv|PO2002|150.0000",
                        "deelname_sbo|swv|PO2003|80.0000",
                        "tlv_aantal|bestuur|41001|7.0000",
                        "tlv_aantal|stadsdeel|GM1001|33.0000",
                        "tlv_aantal|vestiging|01AA00|7.0000",
                        "tlv_aantal|wijk|WK100101|12.0000");
        assertThat(rows(bee, "select indicator, niveau, gebied, teller from kpi_values order by all"))
                .containsExactly(
                        "deelname_sbo|gemeente|GM1002|90.0000",
                        "deelname_sbo|swv|PO2001|100.0000",
                        "deelname_sbo|swv|PO2002|150.0000",
                        "deelname_sbo|swv|PO2003|80.0000",
                        "tlv_aantal|bestuur|41002|9.0000",
                        "tlv_aantal|swv|PO2002|41.0000",
                        "tlv_aantal|vestiging|02BB00|9.0000",
                        "tlv_aantal|wijk|WK100201|17.0000");
        assertThat(rows(aa, "select niveau, gebied from gebied_hierarchie order by all"))
                .containsExactly("bestuur|41001", "gemeente|GM1001", "swv|PO2001", "vestiging|01AA00", "wijk|WK100101");
        // a flow is kept when either end lies in the SWV
        assertThat(rows(aa, "select niveau, van_gebied, naar_gebied, leerlingen from leerlingstromen order by all"))
                .containsExactly("swv|PO2001|PO2002|3", "wijk|WK100101|WK100101|10", "wijk|WK100101|WK100201|3");
        assertThat(rows(bee, "select niveau, van_gebied, naar_gebied, leerlingen from leerlingstromen order by all"))
                .containsExactly(
                        "swv|PO2001|PO2002|3",
                        "swv|PO2002|PO2002|14",
                        "wijk|WK100101|WK100201|3",
                        "wijk|WK100201|WK100201|12",
                        "wijk|WK100201|buiten|2");
        assertThat(rows(bee, "select vestiging, woon_wijk, leerlingen from vestiging_herkomst order by all"))
                .containsExactly("02BB00|WK100101|3", "02BB00|WK100201|12");
        assertThat(rows(bee, "select swv_code, stadsdeel_code, capaciteit from dekkend_matrix"))
                .containsExactly("PO2002|GM1002|20.0000");
        assertThat(rows(aa, "select gebied, dag, survival from kpi_survival order by dag"))
                .containsExactly("PO2001|1|0.9000", "PO2001|2|0.9000");

        // its own files and the national ones, and the sources counted again over them
        assertThat(rows(aa, "select bestand, status from file_loads order by bestand"))
                .containsExactly(
                        "PO2001/gebieden/gebieden.csv|geladen",
                        "PO2001/tlv/tlv.csv|deels_geladen",
                        "duo_leerlingen_swv/duo.csv|geladen");
        assertThat(rows(aa, "select bestand, reden, aantal from quarantine_reasons"))
                .containsExactly("PO2001/tlv/tlv.csv|is geen toegestane waarde|1");
        assertThat(rows(aa, "select * from source_status order by bron"))
                .containsExactly(
                        "duo_leerlingen_swv|true|1|30|0|2026-11-30 09:00:00.0|2023-10-01",
                        "gebieden|true|1|5|0|2026-11-30 10:00:00.0|null",
                        "inschrijvingen|false|0|0|0|null|null",
                        "tlv|true|1|9|1|2026-11-30 10:01:00.0|null");
        assertThat(rows(bee, "select * from source_status order by bron"))
                .containsExactly(
                        "duo_leerlingen_swv|true|1|30|0|2026-11-30 09:00:00.0|2023-10-01",
                        "gebieden|true|1|4|0|2026-11-30 10:02:00.0|null",
                        "inschrijvingen|false|0|0|0|null|null",
                        "tlv|false|0|0|0|2026-11-30 10:03:00.0|null");
        assertThat(Files.list(dir.resolve("swv")).map(p -> p.getFileName().toString()))
                .as("the run's empty schema is removed")
                .containsExactlyInAnyOrder("PO2001", "PO2002");
    }

    @Test
    void aRefusedSwvPublicationLeavesItsPreviousOneServingAndTheOthersGoOn() throws Exception {
        SwvPublisher publisher = publisher();
        publisher.publish(
                NationalFixture.write(dir.resolve("run1/national.duckdb")),
                "run1",
                List.of("PO2001", "PO2002"),
                line -> {});
        // run 2: Aa's TLVs change, and Bee's wijk has a row of an indicator the catalog does not define
        Path national = NationalFixture.write(
                dir.resolve("run2/national.duckdb"),
                "update kpi_values set teller = 13, waarde = 13 where gebied = 'WK100101'",
                "insert into kpi_values values ('tlv_xyz', '2023-2024', 'wijk', 'WK100201', 'Bee-Zuid', '', 1, null,"
                        + " 1, null, null, false)");
        List<String> progress = new ArrayList<>();

        SwvPublisher.Result result = publisher.publish(national, "run2", List.of("PO2001", "PO2002"), progress::add);

        assertThat(result.published()).extracting(Publication::file).hasSize(1);
        assertThat(result.refused()).containsOnlyKeys("PO2002");
        assertThat(result.refused().get("PO2002"))
                .contains("indicator tlv_xyz: 1 rijen zonder catalogusdefinitie")
                .contains("de vorige publicatie blijft in gebruik");
        assertThat(progress).anyMatch(line -> line.startsWith("  PO2002: Publicatie geweigerd"));
        assertThat(layout("PO2001").current().toRealPath().getFileName().toString())
                .isEqualTo("run2.duckdb");
        assertThat(rows(layout("PO2001").current(), "select teller from kpi_values where gebied = 'WK100101'"))
                .containsExactly("13.0000");
        assertThat(layout("PO2002").current().toRealPath().getFileName().toString())
                .isEqualTo("run1.duckdb");
        assertThat(rows(layout("PO2002").current(), "select count(*) from kpi_values where indicator = 'tlv_xyz'"))
                .containsExactly("0");
        assertThat(layout("PO2002").rejected().resolve("run2.duckdb")).exists();
        assertThat(Files.list(layout("PO2002").publications())
                        .map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("run1.duckdb", "run1.inhoud");
    }
}

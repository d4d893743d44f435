package nl.dekkend.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A national run publishes only the SWVs whose publication would change; the others keep theirs untouched. */
class SwvDigestTest {

    private static final List<String> SWVS = List.of("PO2001", "PO2002");

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    private final List<String> progress = new ArrayList<>();

    private WarehouseLayout layout(String swv) {
        return new WarehouseLayout(dir.resolve("swv").resolve(swv).resolve("warehouse"));
    }

    private SwvPublisher publisher() {
        return new SwvPublisher(this::layout, clock);
    }

    @BeforeEach
    void firstRunPublishesBoth() throws Exception {
        SwvPublisher.Result first =
                publisher().publish(NationalFixture.write(dir.resolve("run1/national.duckdb")), "run1", SWVS, l -> {});
        assertThat(first.published()).hasSize(2);
        assertThat(first.unchanged()).isEmpty();
    }

    private SwvPublisher.Result run2(String... changes) throws Exception {
        return publisher()
                .publish(
                        NationalFixture.write(dir.resolve("run2/national.duckdb"), changes),
                        "run2",
                        SWVS,
                        progress::add);
    }

    private String served(String swv) throws Exception {
        return layout(swv).current().toRealPath().getFileName().toString();
    }

    @Test
    void aSecondRunOfTheSameFiguresRepublishesNoSwvAndLeavesEveryFileUntouched() throws Exception {
        Path aa = layout("PO2001").current().toRealPath();
        FileTime written = Files.getLastModifiedTime(aa);
        byte[] content = Files.readAllBytes(aa);

        // what changes with every run without being content: other Delta versions read, the lake's newest period
        SwvPublisher.Result second = run2(
                "update lake_versions set versie = versie + 1",
                "update source_status set nieuwste_periode = '2023-11-01' where bron = 'duo_leerlingen_swv'");

        assertThat(second.published()).isEmpty();
        assertThat(second.unchanged()).containsExactly("PO2001", "PO2002");
        assertThat(second.refused()).isEmpty();
        assertThat(progress).hasSize(3).endsWith("  PO2001: ongewijzigd", "  PO2002: ongewijzigd");
        assertThat(served("PO2001")).isEqualTo("run1.duckdb");
        assertThat(served("PO2002")).isEqualTo("run1.duckdb");
        assertThat(Files.getLastModifiedTime(aa)).isEqualTo(written);
        assertThat(Files.readAllBytes(aa)).isEqualTo(content);
        assertThat(Files.list(layout("PO2001").publications())
                        .map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("run1.duckdb", "run1.inhoud");
    }

    @Test
    void oneSwvsChangedKpiValueRepublishesExactlyThatSwv() throws Exception {
        // WK100101 (Aa-Noord) is a wijk of PO2001 only
        SwvPublisher.Result second = run2("update kpi_values set teller = 13, waarde = 13 where gebied = 'WK100101'");

        assertThat(second.published()).extracting(Publication::file).hasSize(1);
        assertThat(second.unchanged()).containsExactly("PO2002");
        assertThat(served("PO2001")).isEqualTo("run2.duckdb");
        assertThat(served("PO2002")).isEqualTo("run1.duckdb");
        assertThat(progress).filteredOn(line -> line.endsWith("ongewijzigd")).containsExactly("  PO2002: ongewijzigd");
        try (Connection db = Duck.openReadOnly(layout("PO2001").current());
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select teller from kpi_values where gebied = 'WK100101'")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(13);
        }
    }

    @Test
    void aSwvWithoutADigestOfItsPublicationIsRepublished() throws Exception {
        Files.delete(layout("PO2002").publications().resolve("run1.inhoud"));

        SwvPublisher.Result second = run2();

        assertThat(second.unchanged()).containsExactly("PO2001");
        assertThat(served("PO2002")).isEqualTo("run2.duckdb");
    }

    @Test
    void aChangedLandelijkTableRepublishesEverySwv() throws Exception {
        SwvPublisher.Result catalog = run2("update kpi_definitions set naam = 'TLV''s' where indicator = 'tlv_aantal'");

        assertThat(catalog.published()).hasSize(2);
        assertThat(catalog.unchanged()).isEmpty();

        // PO2003 is in neither's areas, but in the comparison both get
        SwvPublisher.Result comparison = publisher()
                .publish(
                        NationalFixture.write(
                                dir.resolve("run3/national.duckdb"),
                                "update kpi_definitions set naam = 'TLV''s' where indicator = 'tlv_aantal'",
                                "update swv_vergelijking set teller = 81 where swv_code = 'PO2003'"),
                        "run3",
                        SWVS,
                        l -> {});

        assertThat(comparison.published()).hasSize(2);
        assertThat(served("PO2001")).isEqualTo("run3.duckdb");
        assertThat(served("PO2002")).isEqualTo("run3.duckdb");
    }

    @Test
    void theDigestIgnoresTheOrderOfTheRows() throws Exception {
        Path national = NationalFixture.write(
                dir.resolve("run2/national.duckdb"),
                "create temp table k as select * from kpi_values order by gebied desc, indicator desc",
                "delete from kpi_values",
                "insert into kpi_values select * from k",
                "create temp table h as select * from gebied_hierarchie order by gebied desc",
                "delete from gebied_hierarchie",
                "insert into gebied_hierarchie select * from h");
        assertThat(firstGebied(dir.resolve("run1/national.duckdb"))).isEqualTo("PO2001");
        assertThat(firstGebied(national)).isEqualTo("WK100201");

        SwvPublisher.Result second = publisher().publish(national, "run2", SWVS, l -> {});

        assertThat(second.published()).isEmpty();
        assertThat(second.unchanged()).containsExactly("PO2001", "PO2002");
    }

    @Test
    void theDigestsGoWithTheirPublications() throws Exception {
        // a digest whose publication was never swapped in (a build killed after writing it)
        Files.writeString(layout("PO2001").publications().resolve("run0.inhoud"), "0\n");
        for (int run = 2; run <= 4; run++) {
            publisher()
                    .publish(
                            NationalFixture.write(
                                    dir.resolve("run" + run + "/national.duckdb"),
                                    "update kpi_values set teller = " + (20 + run) + " where gebied = 'WK100101'"),
                            "run" + run,
                            SWVS,
                            l -> {});
        }

        assertThat(Files.list(layout("PO2001").publications())
                        .map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(
                        "run2.duckdb", "run2.inhoud", "run3.duckdb", "run3.inhoud", "run4.duckdb", "run4.inhoud");
        assertThat(Files.list(layout("PO2002").publications())
                        .map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("run1.duckdb", "run1.inhoud");
    }

    @Test
    void whatIsNotContentNamesTablesAndColumnsOfTheScope() throws Exception {
        SwvScope scope = SwvScope.load();
        try (Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                Statement s = db.createStatement()) {
            s.execute("attach '" + dir.resolve("run1/national.duckdb") + "' as landelijk (read_only)");
            scope.prepare(db, SWVS);
            for (var skipped : SwvDigest.NOT_CONTENT.entrySet()) {
                SwvScope.Table table = scope.tables().stream()
                        .filter(t -> t.name().equals(skipped.getKey()))
                        .findFirst()
                        .orElseThrow();
                List<String> columns = SwvScope.columns(db, table);
                assertThat(skipped.getValue())
                        .as(table.name())
                        .allMatch(column -> column.equals("*") || columns.contains(column));
            }
        }
    }

    private static String firstGebied(Path national) throws Exception {
        try (Connection db = Duck.openReadOnly(national);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select gebied from kpi_values limit 1")) {
            r.next();
            return r.getString(1);
        }
    }
}

package nl.dekkend.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.ExportFixture;
import nl.dekkend.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    private WarehouseLayout layout() {
        return new WarehouseLayout(dir.resolve("warehouse"));
    }

    private static String sbo2013(Path file) throws Exception {
        try (Connection db = Duck.openReadOnly(file);
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "select waarde from kpi_values where indicator = 'deelname_sbo' and periode = '2013-2014'")) {
            r.next();
            return r.getBigDecimal(1).toPlainString();
        }
    }

    @Test
    void publishesASnapshotAndSwapsTheCurrentLink() throws Exception {
        Path export = ExportFixture.write(dir.resolve("run1"), ExportFixture.WORKED_EXAMPLE);

        Publication publication = new Publisher(layout(), clock).publish(export, "run1", line -> {});

        assertThat(Files.isSymbolicLink(layout().current())).isTrue();
        assertThat(layout().current().toRealPath()).isEqualTo(publication.file().toRealPath());
        assertThat(publication.rows()).containsEntry("kpi_values", 4L).containsEntry("kpi_definitions", 2L);
        assertThat(sbo2013(layout().current())).isEqualTo("1.8300");
        assertThat(Files.list(layout().publications()).map(p -> p.getFileName().toString()))
                .containsExactly("run1.duckdb");
    }

    @Test
    void aFailingDataTestRefusesThePublicationAndTheOldOneKeepsServing() throws Exception {
        Publisher publisher = new Publisher(layout(), clock);
        publisher.publish(ExportFixture.write(dir.resolve("run1"), ExportFixture.WORKED_EXAMPLE), "run1", line -> {});
        String[] broken = ExportFixture.WORKED_EXAMPLE.clone();
        broken[0] = broken[0].replace("'Deelnamepercentage SBO'", "'Kapot'");
        broken[broken.length - 1] =
                "insert into data_test_results values ('kpi_deelname', 'unique(indicator, periode)', false, 2, '[x]')";
        Path export = ExportFixture.write(dir.resolve("run2"), broken);

        assertThatThrownBy(() -> publisher.publish(export, "run2", line -> {}))
                .isInstanceOf(PublishRefusedException.class)
                .hasMessageContaining("datatest mislukt: kpi_deelname unique(indicator, periode) (2 foute rijen");

        assertThat(layout().current().toRealPath().getFileName().toString()).isEqualTo("run1.duckdb");
        assertThat(layout().rejected().resolve("run2.duckdb")).exists();
    }

    @Test
    void refusesValuesOfAnIndicatorTheCatalogDoesNotDefine() throws Exception {
        String[] orphan = ExportFixture.WORKED_EXAMPLE.clone();
        orphan[2] = orphan[2].replace("('deelname_sbo', '2014-2015'", "('deelname_xyz', '2014-2015'");
        Path export = ExportFixture.write(dir.resolve("run1"), orphan);

        assertThatThrownBy(() -> new Publisher(layout(), clock).publish(export, "run1", line -> {}))
                .isInstanceOf(PublishRefusedException.class)
                .hasMessageContaining("indicator deelname_xyz: 1 rijen zonder catalogusdefinitie");
        assertThat(layout().current()).doesNotExist();
    }

    @Test
    void anIncompleteExportFailsBeforeTouchingTheCurrentPublication() throws Exception {
        Publisher publisher = new Publisher(layout(), clock);
        publisher.publish(ExportFixture.write(dir.resolve("run1"), ExportFixture.WORKED_EXAMPLE), "run1", line -> {});
        Path export = ExportFixture.write(dir.resolve("run2"), ExportFixture.WORKED_EXAMPLE);
        try (var files = Files.walk(export.resolve("kpi_values"))) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }

        assertThatThrownBy(() -> publisher.publish(export, "run2", line -> {})).hasMessageContaining("kpi_values");
        assertThat(sbo2013(layout().current())).isEqualTo("1.8300");
        assertThat(layout().current().toRealPath().getFileName().toString()).isEqualTo("run1.duckdb");
    }

    @Test
    void keepsOnlyTheTwoPreviousPublications() throws Exception {
        Publisher publisher = new Publisher(layout(), clock);
        for (int run = 1; run <= 5; run++) {
            publisher.publish(
                    ExportFixture.write(dir.resolve("r" + run), ExportFixture.WORKED_EXAMPLE), "run" + run, line -> {});
        }
        assertThat(Files.list(layout().publications())
                        .map(p -> p.getFileName().toString())
                        .sorted())
                .containsExactly("run3.duckdb", "run4.duckdb", "run5.duckdb");
    }
}

package nl.dekkend.appdb.pdca;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Backup;
import nl.dekkend.appdb.Dialect;
import nl.dekkend.appdb.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Backup into an empty database, then restore: the whole PDCA cycle comes back, on SQLite and PostgreSQL. */
class PdcaBackupTest {

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    private final PdcaStoreTest.MutableClock clock =
            new PdcaStoreTest.MutableClock(Instant.parse("2025-01-10T09:00:00Z"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SQLITE, SQLITE", "SQLITE, POSTGRESQL", "POSTGRESQL, SQLITE", "POSTGRESQL, POSTGRESQL"})
    void restoreBringsBackNormsCyclesFiguresAnalysesAndActions(Dialect from, Dialect to) {
        AppDatabase source = databases.open(from);
        fill(source);
        Path backup = dir.resolve("backup.zip");
        Backup.export(source, backup);

        AppDatabase target = databases.open(to);
        Backup.restore(target, backup);

        assertThat(new Norms(target, clock).current()).isEqualTo(new Norms(source, clock).current());
        assertThat(new Norms(target, clock).history("deelname_sbo_so"))
                .hasSize(2)
                .isEqualTo(new Norms(source, clock).history("deelname_sbo_so"));
        Cycles sourceCycles = new Cycles(source, clock);
        Cycles targetCycles = new Cycles(target, clock);
        assertThat(targetCycles.list()).hasSize(2).isEqualTo(sourceCycles.list());
        for (Cycle cycle : sourceCycles.list()) {
            assertThat(targetCycles.figures(cycle.code())).isEqualTo(sourceCycles.figures(cycle.code()));
            assertThat(targetCycles.versions(cycle.code())).isEqualTo(sourceCycles.versions(cycle.code()));
            assertThat(new Actions(target, clock).forCycle(cycle))
                    .isEqualTo(new Actions(source, clock).forCycle(cycle));
        }
        assertThat(new Analyses(target, clock).history("deelname_sbo_so"))
                .hasSize(2)
                .isEqualTo(new Analyses(source, clock).history("deelname_sbo_so"));
        Action action = new Actions(source, clock).all().get(0);
        assertThat(new Actions(target, clock).history(action.id()))
                .hasSize(2)
                .isEqualTo(new Actions(source, clock).history(action.id()));
        assertThat(targetCycles.figures("2024-2025 H1"))
                .singleElement()
                .extracting(CycleFigure::waarde)
                .isEqualTo(new BigDecimal("3.16"));
    }

    private void fill(AppDatabase db) {
        Norms norms = new Norms(db, clock);
        norms.seedMissing(PdcaStoreTest.PLANS, PdcaStoreTest.DEFAULTS);
        norms.change(
                new Norm(
                        "deelname_sbo_so", "2022-2026", Norm.LAGER_BETER, new BigDecimal("2.9"), new BigDecimal("3.6")),
                "Ambitie ondersteuningsplan.",
                "kc");
        Cycles cycles = new Cycles(db, clock);
        CycleFigure figure = new CycleFigure(
                "deelname_sbo_so",
                "2024-2025",
                "swv",
                "PO3009",
                "De Kempen",
                new BigDecimal("547"),
                new BigDecimal("17283"),
                new BigDecimal("3.16"),
                "2022-2026",
                Norm.LAGER_BETER,
                new BigDecimal("2.9"),
                new BigDecimal("3.6"),
                "oranje",
                false);
        cycles.open("2024-2025 H1", List.of("gemeente"), "kc", "run-1", List.of(figure));
        Analyses analyses = new Analyses(db, clock);
        analyses.save("2024-2025 H1", "deelname_sbo_so", "Eerste aanzet.", "kc");
        clock.set("2025-01-11T09:00:00.123Z");
        analyses.save("2024-2025 H1", "deelname_sbo_so", "De stijging zit in het SO.", "kc");
        Actions actions = new Actions(db, clock);
        Action action = actions.add(
                "2024-2025 H1",
                "deelname_sbo_so",
                new ActionInput("Overleg SO-scholen", "Directeur", "GM0034", "2025-04-01", "open", null),
                "kc");
        clock.set("2025-01-12T09:00:00Z");
        actions.update(
                action.id(),
                new ActionInput("Overleg SO-scholen", "Directeur", "GM0034", "2025-04-01", "lopend", null),
                "kc");
        clock.set("2025-02-01T09:00:00Z");
        cycles.close(
                "2024-2025 H1",
                "kc",
                "run-2",
                List.of(figure),
                List.of(new TableVersion("gold/kpi_values", 4), new TableVersion("bronze/duo_leerlingen_swv", 2)));
        clock.set("2025-05-01T09:00:00Z");
        cycles.open("2024-2025 H2", List.of(), "kc", "run-2", List.of(figure));
    }
}

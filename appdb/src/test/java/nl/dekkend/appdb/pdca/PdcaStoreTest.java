package nl.dekkend.appdb.pdca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Dialect;
import nl.dekkend.appdb.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PDCA store on SQLite and on PostgreSQL. */
class PdcaStoreTest {

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-10T09:00:00Z"));

    static final List<Planperiode> PLANS = List.of(
            new Planperiode("2018-2022", "2018-2019", "2021-2022"),
            new Planperiode("2022-2026", "2022-2023", "2025-2026"));
    static final List<Norm> DEFAULTS = List.of(
            new Norm("deelname_sbo_so", "2022-2026", Norm.LAGER_BETER, new BigDecimal("3"), new BigDecimal("4")),
            new Norm("thuiszitters_peildatum", "2018-2022", Norm.LAGER_BETER, BigDecimal.ZERO, null));

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void catalogDefaultsFillOnlyMissingPairsAndAChangeKeepsOldNewReasonWhoAndWhen(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        Norms norms = new Norms(db, clock);

        assertThat(norms.seedMissing(PLANS, DEFAULTS)).isEqualTo(2);
        clock.set("2025-01-11T10:00:00Z");
        norms.change(
                new Norm(
                        "deelname_sbo_so",
                        "2022-2026",
                        Norm.LAGER_BETER,
                        new BigDecimal("2.75"),
                        new BigDecimal("3.5")),
                "  Ambitie aangescherpt in het ondersteuningsplan. ",
                "kc.jansen");
        assertThat(norms.seedMissing(PLANS, DEFAULTS)).isZero();

        NormSet current = norms.current();
        assertThat(current.norm("deelname_sbo_so", "2024-2025").orElseThrow().norm())
                .isEqualByComparingTo("2.75");
        assertThat(current.judge("deelname_sbo_so", "2024-2025", new BigDecimal("3.20"))
                        .status())
                .isEqualTo("oranje");

        List<NormChange> history = norms.history("deelname_sbo_so");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).door()).isEqualTo(Norms.CATALOGUS);
        assertThat(history.get(0).oudeNorm()).isNull();
        NormChange change = history.get(1);
        assertThat(change.oudeNorm()).isEqualByComparingTo("3");
        assertThat(change.oudeGrens()).isEqualByComparingTo("4");
        assertThat(change.nieuweNorm()).isEqualByComparingTo("2.75");
        assertThat(change.nieuweGrens()).isEqualByComparingTo("3.5");
        assertThat(change.reden()).isEqualTo("Ambitie aangescherpt in het ondersteuningsplan.");
        assertThat(change.door()).isEqualTo("kc.jansen");
        assertThat(change.op()).isEqualTo(Instant.parse("2025-01-11T10:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aNormChangeNeedsAReasonAndAConsistentGrens(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        Norms norms = new Norms(db, clock);
        norms.seedMissing(PLANS, DEFAULTS);

        assertThatThrownBy(() -> norms.change(
                        new Norm(
                                "deelname_sbo_so",
                                "2022-2026",
                                Norm.LAGER_BETER,
                                new BigDecimal("3"),
                                new BigDecimal("2")),
                        " ",
                        "kc"))
                .isInstanceOfSatisfying(
                        Invalid.class,
                        e -> assertThat(e.fouten())
                                .containsEntry("reden", "Geef een reden voor de wijziging.")
                                .containsKey("grens"));
        assertThat(norms.history("deelname_sbo_so")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void statusFollowsThePlanperiodeNormReadBackFromTheStore(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        Norms norms = new Norms(db, clock);
        norms.seedMissing(PLANS, DEFAULTS);
        norms.change(
                new Norm("deelname_sbo_so", "2018-2022", Norm.LAGER_BETER, new BigDecimal("4"), null),
                "Norm van het vorige ondersteuningsplan.",
                "kc");

        NormSet current = norms.current();
        assertThat(current.judge("deelname_sbo_so", "2021-2022", new BigDecimal("3.5"))
                        .status())
                .isEqualTo("groen");
        assertThat(current.judge("deelname_sbo_so", "2022-2023", new BigDecimal("4.5"))
                        .status())
                .isEqualTo("rood");
        assertThat(current.judge("deelname_sbo_so", "2022-2023", new BigDecimal("3.5"))
                        .status())
                .isEqualTo("oranje");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aClosedCycleKeepsItsFrozenFiguresAndOpenActionsCarryOver(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        Cycles cycles = new Cycles(db, clock);
        Analyses analyses = new Analyses(db, clock);
        Actions actions = new Actions(db, clock);

        cycles.open("2024-2025 H1", List.of("gemeente"), "kc", "pub-1", List.of(figure("3.10", "oranje")));
        analyses.save("2024-2025 H1", "deelname_sbo_so", "Eerste versie.", "kc");
        clock.set("2025-01-12T09:00:00Z");
        analyses.save("2024-2025 H1", "deelname_sbo_so", "Tweede versie: de stijging zit in twee wijken.", "kc");
        Action open = actions.add(
                "2024-2025 H1",
                "deelname_sbo_so",
                new ActionInput("Gesprek met de SBO-besturen", "Directeur SWV", "GM0034", "1-3-2025", "open", ""),
                "kc");
        Action done = actions.add(
                "2024-2025 H1",
                "deelname_sbo_so",
                new ActionInput("Notitie ambulante begeleiding", "Beleidsmedewerker", "", "2025-02-01", "lopend", null),
                "kc");
        clock.set("2025-01-20T09:00:00Z");
        actions.update(
                done.id(),
                new ActionInput(
                        "Notitie ambulante begeleiding",
                        "Beleidsmedewerker",
                        "",
                        "2025-02-01",
                        "afgerond",
                        "Notitie vastgesteld door het bestuur."),
                "kc");
        clock.set("2025-02-01T09:00:00Z");
        Cycle closed = cycles.close(
                "2024-2025 H1",
                "voorzitter",
                "pub-2",
                List.of(figure("3.20", "oranje")),
                List.of(new TableVersion("gold/kpi_values", 7), new TableVersion("bronze/tlv", 3)));

        assertThat(closed.status()).isEqualTo(Cycle.GESLOTEN);
        assertThat(closed.publicatie()).isEqualTo("pub-2");
        assertThat(closed.geslotenOp()).isEqualTo(Instant.parse("2025-02-01T09:00:00Z"));
        assertThat(cycles.figures("2024-2025 H1")).singleElement().satisfies(f -> {
            assertThat(f.waarde()).isEqualByComparingTo("3.20");
            assertThat(f.norm()).isEqualByComparingTo("3");
            assertThat(f.status()).isEqualTo("oranje");
        });
        assertThat(cycles.versions("2024-2025 H1"))
                .containsExactly(new TableVersion("bronze/tlv", 3), new TableVersion("gold/kpi_values", 7));
        assertThat(analyses.current("2024-2025 H1").get("deelname_sbo_so").tekst())
                .startsWith("Tweede versie");
        assertThat(analyses.history("deelname_sbo_so"))
                .extracting(Analysis::versie)
                .containsExactly(1, 2);
        assertThatThrownBy(() -> analyses.save("2024-2025 H1", "deelname_sbo_so", "Te laat.", "kc"))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("gesloten");

        clock.set("2025-05-01T09:00:00Z");
        Cycle next = cycles.open("2024-2025 H2", List.of(), "kc", "pub-2", List.of(figure("3.20", "oranje")));
        assertThat(actions.forCycle(next)).extracting(Action::id).containsExactly(open.id());
        assertThat(actions.forCycle(cycles.find("2024-2025 H1").orElseThrow()))
                .extracting(Action::id)
                .containsExactly(done.id(), open.id());
        assertThat(actions.overdue(LocalDate.of(2025, 5, 1)))
                .extracting(Action::id)
                .containsExactly(open.id());

        // a later change shows in the open cycle, the closed one keeps the version it closed with
        clock.set("2025-05-02T09:00:00Z");
        actions.update(
                open.id(),
                new ActionInput(
                        "Gesprek met de SBO-besturen",
                        "Directeur SWV",
                        "GM0034",
                        "1-3-2025",
                        "afgerond",
                        "Afspraken gemaakt over terugplaatsing."),
                "kc");
        assertThat(actions.forCycle(next))
                .singleElement()
                .extracting(Action::status)
                .isEqualTo("afgerond");
        assertThat(actions.forCycle(cycles.find("2024-2025 H1").orElseThrow()))
                .filteredOn(a -> a.id().equals(open.id()))
                .singleElement()
                .extracting(Action::status)
                .isEqualTo("open");
        assertThat(actions.history(open.id())).extracting(Action::versie).containsExactly(1, 2);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void cyclesOpenOneAtATimeInOrder(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        Cycles cycles = new Cycles(db, clock);
        assertThatThrownBy(() -> cycles.open("2024-2026 H1", List.of(), "kc", "p", List.of()))
                .isInstanceOf(Invalid.class)
                .hasMessageContaining("bijvoorbeeld 2024-2025 H1");
        cycles.open("2024-2025 H2", List.of(), "kc", "p", List.of());
        assertThatThrownBy(() -> cycles.open("2025-2026 H1", List.of(), "kc", "p", List.of()))
                .hasMessageContaining("is nog open");
        cycles.close("2024-2025 H2", "kc", "p", List.of(), List.of());
        assertThatThrownBy(() -> cycles.open("2024-2025 H1", List.of(), "kc", "p", List.of()))
                .hasMessageContaining("ligt vóór");
        assertThatThrownBy(() -> cycles.close("2024-2025 H2", "kc", "p", List.of(), List.of()))
                .hasMessageContaining("al gesloten");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void actionFormsAreCheckedWithDutchMessagesPerField(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        new Cycles(db, clock).open("2024-2025 H1", List.of(), "kc", "p", List.of());
        Actions actions = new Actions(db, clock);
        assertThatThrownBy(() -> actions.add(
                        "2024-2025 H1", "x", new ActionInput("", " ", "Amsterdam", "morgen", "klaar", ""), "kc"))
                .isInstanceOfSatisfying(
                        Invalid.class,
                        e -> assertThat(e.fouten())
                                .containsOnlyKeys("omschrijving", "eigenaar", "gemeente", "deadline", "status"));
        assertThatThrownBy(() -> actions.add(
                        "2024-2025 H1", "x", new ActionInput("a", "b", "", "2025-03-01", "afgerond", ""), "kc"))
                .isInstanceOfSatisfying(
                        Invalid.class, e -> assertThat(e.fouten()).containsOnlyKeys("evaluatie"));
        assertThat(actions.all()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void historyIsAppendOnlyAndAClosedCycleDoesNotChange(Dialect dialect) throws Exception {
        AppDatabase db = databases.open(dialect);
        new Norms(db, clock).seedMissing(PLANS, DEFAULTS);
        Cycles cycles = new Cycles(db, clock);
        cycles.open("2024-2025 H1", List.of(), "kc", "p", List.of(figure("3.1", "oranje")));
        new Analyses(db, clock).save("2024-2025 H1", "deelname_sbo_so", "Analyse.", "kc");
        new Actions(db, clock)
                .add("2024-2025 H1", "deelname_sbo_so", new ActionInput("a", "b", "", "2025-03-01", "open", ""), "kc");
        cycles.close("2024-2025 H1", "kc", "p", List.of(figure("3.1", "oranje")), List.of(new TableVersion("t", 1)));

        for (String sql : List.of(
                "update norm_wijziging set reden = 'x'",
                "delete from norm_wijziging",
                "update cyclus_analyse set tekst = 'x'",
                "delete from cyclus_analyse",
                "update actie_versie set status = 'vervallen'",
                "delete from actie_versie",
                "delete from actie",
                "update cyclus set status = 'open'",
                "update cyclus_waarde set waarde = 1",
                "delete from cyclus_waarde",
                "delete from cyclus_bron_versie")) {
            try (Connection c = db.connection();
                    Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql).hasMessageContaining("");
            }
        }
        assertThat(new Norms(db, clock).history("deelname_sbo_so")).hasSize(1);
        assertThat(cycles.figures("2024-2025 H1"))
                .singleElement()
                .extracting(CycleFigure::waarde)
                .isNotNull();
    }

    private static CycleFigure figure(String waarde, String status) {
        return new CycleFigure(
                "deelname_sbo_so",
                "2024-2025",
                "swv",
                "PO9901",
                "Lindewaard",
                new BigDecimal("310"),
                new BigDecimal("10000"),
                new BigDecimal(waarde),
                "2022-2026",
                Norm.LAGER_BETER,
                new BigDecimal("3"),
                new BigDecimal("4"),
                status,
                false);
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package nl.dekkend.dashboard.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.dekkend.appdb.Rol;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresTest {

    private static final Viewer COMMISSIE = new Viewer("c", Rol.KWALITEITSCOMMISSIE, Set.of(), Set.of());
    private static final Viewer ANALIST = new Viewer("a", Rol.ANALIST, Set.of(), Set.of());
    private static final Viewer GEMEENTE = new Viewer("g", Rol.GEMEENTE, Set.of("GM1724"), Set.of());

    @TempDir
    Path warehouseDir;

    private ServingDatabase database() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope", "matrix");
        return new ServingDatabase(fixture.config().currentLink());
    }

    @Test
    void aMatrixCellWithASmallWachtlijstOrTekortIsHiddenWithItsSiblingAndItsSentenceNamesNoNumber() {
        try (ServingDatabase database = database();
                ServingReader reader = database.open()) {
            List<CoverageCell> cells = new Figures(reader, COMMISSIE, NormSet.empty()).matrix();

            assertThat(cells)
                    .filteredOn(c -> c.stadsdeelCode().equals("SD01"))
                    .extracting(CoverageCell::ondersteuningsbehoefte, CoverageCell::onderdrukt, CoverageCell::vraag)
                    .containsExactly(
                            tuple("gedrag", true, null),
                            tuple("leren", true, null),
                            tuple("taal_spraak", false, new java.math.BigDecimal("25.0000")));
            CoverageCell leren = cells.get(1);
            assertThat(leren.signalering())
                    .isEqualTo("Tekort voor leren in stadsdeel Bergeijk-Noord (aantal onderdrukt)");
            assertThat(cells.get(0).wachtlijst()).isNull();
            assertThat(cells.get(0).bezetting()).isNull();

            // dekkend_plekken itself hides the same two cells, and its total (2 places to spare)
            assertThat(new Figures(reader, COMMISSIE, NormSet.empty())
                            .values("dekkend_plekken", "2014-2015", "stadsdeel"))
                    .filteredOn(KpiValue::onderdrukt)
                    .extracting(KpiValue::uitsplitsing)
                    .containsExactlyInAnyOrder("", "gedrag", "leren");
        }
    }

    @Test
    void theAnalistSeesTheExactMatrixAndAGemeenteOnlyItsOwnStadsdelen() {
        try (ServingDatabase database = database();
                ServingReader reader = database.open()) {
            CoverageCell leren = new Figures(reader, ANALIST, NormSet.empty())
                    .matrix().stream()
                            .filter(c -> c.ondersteuningsbehoefte().equals("leren"))
                            .findFirst()
                            .orElseThrow();
            assertThat(leren.signalering()).isEqualTo("Tekort van 3 plekken voor leren in stadsdeel Bergeijk-Noord");
            assertThat(leren.wachtlijst()).isEqualByComparingTo("3");

            assertThat(new Figures(reader, GEMEENTE, NormSet.empty()).matrix())
                    .extracting(CoverageCell::stadsdeelCode)
                    .containsOnly("SD01");
        }
    }

    @Test
    void survivalCurvesOfFewerThanFivePlacementsGoAndTheRestMovesInStepsOfFiveEndedPlacements() {
        try (ServingDatabase database = database();
                ServingReader reader = database.open()) {
            List<SurvivalStep> steps = new Figures(reader, COMMISSIE, NormSet.empty()).survival();

            // SO-1 has 4 placements; SBO goes with it, else all minus SBO would give SO-1's curve
            assertThat(steps).extracting(SurvivalStep::uitsplitsing).containsOnly("");
            // events 2+3 = 5 by day 200; 1+4 = 5 by day 400; day 500 (1) and 600 (at risk 4) are not shown
            assertThat(steps)
                    .extracting(
                            SurvivalStep::dag,
                            SurvivalStep::events,
                            SurvivalStep::atRisk,
                            s -> s.survival().toPlainString())
                    .containsExactly(tuple(200, 5, 16, "0.6875"), tuple(400, 5, 10, "0.3438"));

            assertThat(new Figures(reader, ANALIST, NormSet.empty()).survival()).hasSize(9);
        }
    }
}

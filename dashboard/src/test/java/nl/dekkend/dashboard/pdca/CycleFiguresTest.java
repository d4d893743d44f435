package nl.dekkend.dashboard.pdca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dekkend.appdb.Rol;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.CycleFigure;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.kpi.KpiQueries;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Figures;
import nl.dekkend.dashboard.toegang.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed cycle's frozen figures pass the same privacy rule as live figures, secondary suppression included. The
 * cycle froze 2014-2015 at SWV level: SO 209 of 17.100, of whom categorie 1 180, categorie 2 4 and categorie 3 25. Four
 * pupils is a small cell (primary); with SO and categorie 1 shown, categorie 3 would give it away (209 − 180 − 25 =
 * 4), so categorie 3 (the smallest visible part of SO) is hidden too; SO, categorie 1 and SBO + SO stay (their other
 * equation, SBO + SO = SBO + SO-total, has no hidden cell).
 */
class CycleFiguresTest {

    private static final Viewer COMMISSIE = new Viewer("c", Rol.KWALITEITSCOMMISSIE, Set.of(), Set.of());
    private static final Viewer ANALIST = new Viewer("a", Rol.ANALIST, Set.of(), Set.of());
    private static final Cycle CLOSED = new Cycle(
            "2014-2015 H2",
            Cycle.GESLOTEN,
            List.of(),
            Instant.parse("2015-04-01T10:00:00Z"),
            "kc",
            Instant.parse("2015-06-20T10:00:00Z"),
            "kc",
            "pub-0");

    @TempDir
    Path warehouseDir;

    @Test
    void aFrozenPartThatWouldGiveASmallCellAwayIsHiddenForTheCommissieAndShownToTheAnalist() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        List<CycleFigure> frozen = List.of(
                figure("deelname_sbo", 300, "1.75", false),
                figure("deelname_so", 209, "1.22", false),
                figure("deelname_so_cat1", 180, "1.05", false),
                figure("deelname_so_cat2", 4, "0.02", true),
                figure("deelname_so_cat3", 25, "0.15", false),
                figure("deelname_sbo_so", 509, "2.98", false));
        try (ServingDatabase database = new ServingDatabase(fixture.config().currentLink());
                ServingReader reader = database.open()) {
            assertThat(rows(reader, COMMISSIE, frozen))
                    .extracting(r -> r.indicator(), r -> r.waarde().text(), r -> r.nu(), r -> r.gewijzigd())
                    .containsExactly(
                            tuple("deelname_sbo", "1,75 %", "1,75 %", false),
                            tuple("deelname_so", "1,22 %", "1,22 %", false),
                            tuple("deelname_so_cat1", "1,05 %", "1,05 %", false),
                            tuple("deelname_so_cat2", "< 5", "", false),
                            tuple("deelname_so_cat3", "< 5", "", false),
                            tuple("deelname_sbo_so", "2,98 %", "2,98 %", false));

            assertThat(rows(reader, ANALIST, frozen))
                    .extracting(r -> r.indicator(), r -> r.waarde().text())
                    .contains(tuple("deelname_so_cat2", "0,02 %"), tuple("deelname_so_cat3", "0,15 %"));
        }
    }

    @Test
    void theIndicatorPageOfOnePartHidesItByAllTheFrozenFiguresNotOnlyItsOwn() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        List<CycleFigure> frozen = List.of(
                figure("deelname_so", 209, "1.22", false),
                figure("deelname_so_cat1", 180, "1.05", false),
                figure("deelname_so_cat2", 4, "0.02", true),
                figure("deelname_so_cat3", 25, "0.15", false));
        try (ServingDatabase database = new ServingDatabase(fixture.config().currentLink());
                ServingReader reader = database.open()) {
            var definitions = CycleFigures.byId(new KpiQueries(reader).definitions());
            List<FigureRow> rows = CycleFigures.rows(
                    CLOSED,
                    frozen,
                    Map.of("deelname_so_cat3", definitions.get("deelname_so_cat3")),
                    new Figures(reader, COMMISSIE, NormSet.empty()),
                    NormSet.empty(),
                    Map.of(),
                    List.of(),
                    LocalDate.of(2015, 7, 1));

            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.waarde().text()).isEqualTo("< 5");
                assertThat(r.status().kort()).isEmpty();
            });
        }
    }

    private static List<FigureRow> rows(ServingReader reader, Viewer viewer, List<CycleFigure> frozen) {
        return CycleFigures.rows(
                CLOSED,
                frozen,
                CycleFigures.byId(new KpiQueries(reader).definitions()),
                new Figures(reader, viewer, NormSet.empty()),
                NormSet.empty(),
                Map.of(),
                List.of(),
                LocalDate.of(2015, 7, 1));
    }

    private static CycleFigure figure(String indicator, int teller, String waarde, boolean onderdrukt) {
        return new CycleFigure(
                indicator,
                "2014-2015",
                "swv",
                "PO3009",
                "De Kempen",
                BigDecimal.valueOf(teller),
                BigDecimal.valueOf(17100),
                new BigDecimal(waarde),
                null,
                null,
                null,
                null,
                null,
                onderdrukt);
    }
}

package nl.dekkend.dashboard.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The privacy rule for the distances home to school on hand-worked tables (drempel 5). */
class DistanceDisclosureTest {

    private static final Hierarchy HIERARCHY = new Hierarchy(List.of(
            new Place("wijk", "W1", "W1", "S1", "G1", null, "X"),
            new Place("wijk", "W2", "W2", "S1", "G1", null, "X"),
            new Place("stadsdeel", "S1", null, "S1", "G1", null, "X"),
            new Place("gemeente", "G1", null, null, "G1", null, "X")));

    private static Distance cell(String niveau, String gebied, String klasse, int leerlingen) {
        return new Distance("2024-2025", niveau, gebied, gebied, "SBO", klasse, 0, leerlingen, false);
    }

    private static Map<String, Integer> shown(List<Distance> cells) {
        Map<String, Integer> shown = new TreeMap<>();
        DistanceDisclosure.disclose(DistanceDisclosure.withTotals(cells), 5, HIERARCHY)
                .forEach(d ->
                        shown.put(d.gebied() + " " + d.afstandsklasse(), d.leerlingen() == null ? -1 : d.leerlingen()));
        return shown;
    }

    @Test
    void aSmallClassHidesTheNextOfItsAreaAndTheSameClassOfTheOtherWijkInItsStadsdeel() {
        // W1: 0-1 3 (small), 1-2 20; W2: 0-1 10, 1-2 30; S1 and G1 the sums: 0-1 13, 1-2 50.
        // W1's total 23 is shown, so 20 is hidden too; S1's 0-1 (13) = W1 + W2, so W2's 10 is hidden, and its 1-2
        // (30) with W1's 20 likewise. W2's total 40 then has two hidden parts adding up to 40: safe.
        List<Distance> cells = new ArrayList<>();
        cells.add(cell("wijk", "W1", "0-1", 3));
        cells.add(cell("wijk", "W1", "1-2", 20));
        cells.add(cell("wijk", "W2", "0-1", 10));
        cells.add(cell("wijk", "W2", "1-2", 30));
        for (String up : List.of("S1", "G1")) {
            String niveau = up.startsWith("S") ? "stadsdeel" : "gemeente";
            cells.add(cell(niveau, up, "0-1", 13));
            cells.add(cell(niveau, up, "1-2", 50));
        }
        assertThat(shown(cells))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("W1 0-1", -1),
                        Map.entry("W1 1-2", -1),
                        Map.entry("W1 totaal", 23),
                        Map.entry("W2 0-1", -1),
                        Map.entry("W2 1-2", -1),
                        Map.entry("W2 totaal", 40),
                        Map.entry("S1 0-1", 13),
                        Map.entry("S1 1-2", 50),
                        Map.entry("S1 totaal", 63),
                        Map.entry("G1 0-1", 13),
                        Map.entry("G1 1-2", 50),
                        Map.entry("G1 totaal", 63)));
    }

    @Test
    void anAreaWithASmallTotalShowsNothing() {
        // W1 has 2 + 1 = 3 pupils: every class and the total are small
        assertThat(shown(List.of(cell("wijk", "W1", "0-1", 2), cell("wijk", "W1", "2-5", 1))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("W1 0-1", -1, "W1 2-5", -1, "W1 totaal", -1));
    }
}

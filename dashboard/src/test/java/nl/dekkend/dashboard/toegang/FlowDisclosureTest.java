package nl.dekkend.dashboard.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The privacy rule for leerlingstromen on hand-worked tables (drempel 5). */
class FlowDisclosureTest {

    private static final Hierarchy HIERARCHY = new Hierarchy(List.of(
            new Place("wijk", "W1", "W1", null, "G1", null, "S"),
            new Place("wijk", "W2", "W2", null, "G1", null, "S"),
            new Place("wijk", "W3", "W3", null, "G2", null, "S"),
            new Place("wijk", "W4", "W4", null, "G2", null, "S"),
            new Place("wijk", "W5", "W5", null, "G3", null, "S"),
            new Place("wijk", "W6", "W6", null, "G3", null, "S"),
            new Place("gemeente", "G1", null, null, "G1", null, "S"),
            new Place("gemeente", "G2", null, null, "G2", null, "S"),
            new Place("gemeente", "G3", null, null, "G3", null, "S")));

    private static Flow flow(String niveau, String van, String naar, int leerlingen) {
        return new Flow("2024-2025", "SBO", niveau, van, van, naar, naar, leerlingen, false);
    }

    private static Map<String, Integer> shown(List<Flow> flows) {
        return FlowDisclosure.disclose(flows, 5, HIERARCHY).stream()
                .collect(Collectors.toMap(
                        f -> f.vanGebied() + ">" + f.naarGebied(), f -> f.leerlingen() == null ? -1 : f.leerlingen()));
    }

    @Test
    void aTableWithoutSmallFlowsIsShownWhole() {
        assertThat(shown(List.of(
                        flow("wijk", "W1", "W3", 7), flow("wijk", "W2", "W3", 6), flow("gemeente", "G1", "G2", 13))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("W1>W3", 7, "W2>W3", 6, "G1>G2", 13));
    }

    @Test
    void aSmallFlowHidesTheSmallestOtherFlowIntoTheSameWijkButNotTheGemeenteTotal() {
        // W2 -> W3 = 3 is small; into W3 only 7 is left, so it goes too; G1 -> G2 = 10 = 7 + 3 with both parts
        // hidden (10 pupils hidden): the total may show
        assertThat(shown(List.of(
                        flow("wijk", "W1", "W3", 7), flow("wijk", "W2", "W3", 3), flow("gemeente", "G1", "G2", 10))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("W1>W3", -1, "W2>W3", -1, "G1>G2", 10));
    }

    @Test
    void aGemeenteFlowWhoseWijkFlowsAreAllHiddenIsHiddenToo() {
        // W2 -> W4 = 3 small; out of W2 hide 9 (W2 -> W6), into W4 hide 8 (W5 -> W4); G1 -> G2 = 7 + 3 with 3 hidden:
        // hide 7. G3 -> G2 = 8 is W5 -> W4 alone and G1 -> G3 = 9 is W2 -> W6 alone: shown, they would give those
        // away, so they are hidden; then out of G1 only G1 -> G2 (10) is left visible beside a hidden one: hidden.
        Map<String, Integer> shown = shown(List.of(
                flow("wijk", "W1", "W3", 7),
                flow("wijk", "W2", "W4", 3),
                flow("wijk", "W5", "W4", 8),
                flow("wijk", "W2", "W6", 9),
                flow("gemeente", "G1", "G2", 10),
                flow("gemeente", "G3", "G2", 8),
                flow("gemeente", "G1", "G3", 9)));
        assertThat(shown).containsEntry("G3>G2", -1).containsEntry("G1>G3", -1);
        assertThat(shown.values()).containsOnly(-1);
    }

    @Test
    void flowsOfAnotherSoortOrYearAreSeparateTables() {
        Flow so = new Flow("2024-2025", "SO", "wijk", "W1", "W1", "W3", "W3", 7, false);
        Flow earlier = new Flow("2023-2024", "SBO", "wijk", "W1", "W1", "W3", "W3", 8, false);
        List<Flow> out = FlowDisclosure.disclose(List.of(flow("wijk", "W2", "W3", 3), so, earlier), 5, HIERARCHY);
        assertThat(out).extracting(Flow::leerlingen).containsExactly(null, 7, 8);
    }
}

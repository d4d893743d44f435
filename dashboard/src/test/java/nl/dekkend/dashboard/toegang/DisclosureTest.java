package nl.dekkend.dashboard.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.kpi.KpiValue;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private static final Hierarchy HIERARCHY = new Hierarchy(List.of(
            new Place("gemeente", "GM0001", null, null, "GM0001", null, "PO9901"),
            new Place("gemeente", "GM0002", null, null, "GM0002", null, "PO9901"),
            new Place("gemeente", "GM0003", null, null, "GM0003", null, "PO9901"),
            new Place("wijk", "WK000101", "WK000101", null, "GM0001", null, "PO9901"),
            new Place("wijk", "WK000102", "WK000102", null, "GM0001", null, "PO9901"),
            new Place("wijk", "WK000103", "WK000103", null, "GM0001", null, "PO9901"),
            new Place("wijk", "WK000201", "WK000201", null, "GM0002", null, "PO9901"),
            new Place("wijk", "WK000202", "WK000202", null, "GM0002", null, "PO9901"),
            new Place("wijk", "WK000301", "WK000301", null, "GM0003", null, "PO9901"),
            new Place("wijk", "WK000302", "WK000302", null, "GM0003", null, "PO9901")));

    private static final List<String> THUISNABIJ = List.of(
            "thuisnabij_eigen_wijk", "thuisnabij_eigen_stadsdeel", "thuisnabij_eigen_gemeente", "thuisnabij_buiten");

    private final Disclosure disclosure = new Disclosure(settings(), HIERARCHY);

    @Test
    void hidesFourPupilsAndShowsFive() {
        assertThat(disclosure.primary(v("leerlingen_sbo", "swv", "PO9901", "", 4, null)))
                .isTrue();
        assertThat(disclosure.primary(v("leerlingen_sbo", "swv", "PO9901", "", 5, null)))
                .isFalse();
        assertThat(disclosure.primary(v("deelname_sbo", "swv", "PO9901", "", 0, 4)))
                .isTrue();
        assertThat(disclosure.primary(v("deelname_sbo", "swv", "PO9901", "", 0, 5)))
                .isFalse();
        assertThat(disclosure.primary(v("deelname_sbo", "swv", "PO9901", "", 0, 0)))
                .isFalse();
    }

    @Test
    void hidesACellWhoseComplementIsFour() {
        // 246 of 250 inside the region says 4 pupils go to school outside it
        assertThat(disclosure.primary(v("deelname_sbo", "swv", "PO9901", "", 246, 250)))
                .isTrue();
        assertThat(disclosure.primary(v("deelname_sbo", "swv", "PO9901", "", 245, 250)))
                .isFalse();
    }

    @Test
    void figuresWithoutPupilsAreNeverHidden() {
        assertThat(disclosure.hidden(List.of(v("fin_baten", "swv", "PO9901", "", 3, null))))
                .isEmpty();
    }

    @Test
    void anIndicatorWithoutSettingHasEveryCellHidden() {
        assertThat(disclosure.hidden(List.of(v("onbekend", "swv", "PO9901", "", 500, 1000))))
                .hasSize(1);
    }

    @Test
    void theSwvsOfTheLandelijkTotalHideTheNextSmallestBesideASmallOne() {
        // PO0001..PO0003 make up the landelijk figure (swv_vergelijking); PO0099 is not part of it
        Disclosure landelijk = new Disclosure(
                settings(),
                HIERARCHY,
                Set.of(
                        Disclosure.member("deelname_sbo", "2023-2024", "PO0001"),
                        Disclosure.member("deelname_sbo", "2023-2024", "PO0002"),
                        Disclosure.member("deelname_sbo", "2023-2024", "PO0003")));
        List<KpiValue> rows = List.of(
                v("deelname_sbo", "swv", "PO0001", "", 3, 1000),
                v("deelname_sbo", "swv", "PO0002", "", 40, 2000),
                v("deelname_sbo", "swv", "PO0003", "", 9, 3000),
                v("deelname_sbo", "swv", "PO0099", "", 6, 500));

        // 3 hidden; the sum minus the shown would give it, so PO0003 (9, the smallest member) goes too: 12 hidden
        assertThat(keys(landelijk.hidden(rows))).containsExactlyInAnyOrder("swv PO0001 ", "swv PO0003 ");
        // without the landelijk figure, nothing ties the SWVs together
        assertThat(keys(disclosure.hidden(rows))).containsExactlyInAnyOrder("swv PO0001 ");
    }

    @Test
    void aLandelijkTotalOfOneHiddenSwvIsHiddenItself() {
        Disclosure landelijk =
                new Disclosure(settings(), HIERARCHY, Set.of(Disclosure.member("deelname_sbo", "2023-2024", "PO0001")));
        Set<Disclosure.Key> hidden = landelijk.hidden(List.of(v("deelname_sbo", "swv", "PO0001", "", 3, 1000)));

        assertThat(hidden).contains(Disclosure.landelijk("deelname_sbo", "2023-2024"));
        assertThat(landelijk.hidden(List.of(v("deelname_sbo", "swv", "PO0001", "", 30, 1000))))
                .isEmpty();
    }

    @Test
    void hidesTheNextSmallestBreakdownBesideASmallOne() {
        List<KpiValue> rows = List.of(
                v("leerlingen_sbo", "swv", "PO9901", "", 20, null),
                v("leerlingen_sbo", "swv", "PO9901", "a", 3, null),
                v("leerlingen_sbo", "swv", "PO9901", "b", 8, null),
                v("leerlingen_sbo", "swv", "PO9901", "c", 9, null));

        assertThat(keys(disclosure.hidden(rows))).containsExactlyInAnyOrder("swv PO9901 a", "swv PO9901 b");
    }

    @Test
    void hidesAnotherGemeenteBesideASmallOneUnderTheSwvTotal() {
        // DOMAIN's example of a leak: 247 / 250 at SWV level and gemeenten that add up to it
        List<KpiValue> rows = List.of(
                v("leerlingen_sbo", "swv", "PO9901", "", 100, null),
                v("leerlingen_sbo", "gemeente", "GM0001", "", 3, null),
                v("leerlingen_sbo", "gemeente", "GM0002", "", 40, null),
                v("leerlingen_sbo", "gemeente", "GM0003", "", 57, null));

        assertThat(keys(disclosure.hidden(rows))).containsExactlyInAnyOrder("gemeente GM0001 ", "gemeente GM0002 ");
    }

    @Test
    void keepsHidingUntilTheHiddenPartsAddUpToFive() {
        List<KpiValue> rows = List.of(
                v("leerlingen_sbo", "swv", "PO9901", "", 30, null),
                v("leerlingen_sbo", "swv", "PO9901", "a", 1, null),
                v("leerlingen_sbo", "swv", "PO9901", "b", 2, null),
                v("leerlingen_sbo", "swv", "PO9901", "c", 6, null),
                v("leerlingen_sbo", "swv", "PO9901", "d", 21, null));

        // a and b are small themselves but add up to 3: c goes too
        assertThat(keys(disclosure.hidden(rows)))
                .containsExactlyInAnyOrder("swv PO9901 a", "swv PO9901 b", "swv PO9901 c");
    }

    @Test
    void theFourThuisnabijSharesHideASecondShareBesideASmallOne() {
        List<KpiValue> rows = new ArrayList<>();
        int[] tellers = {200, 30, 17, 3};
        for (int i = 0; i < 4; i++) {
            rows.add(v(THUISNABIJ.get(i), "swv", "PO9901", "", tellers[i], 250));
        }

        assertThat(disclosure.hidden(rows))
                .extracting(Disclosure.Key::indicator)
                .containsExactlyInAnyOrder("thuisnabij_buiten", "thuisnabij_eigen_gemeente");
    }

    /**
     * The attack the rule must withstand: someone who sees every visible cell and knows how totals, breakdowns and
     * levels add up solves every equation with one unknown (which would then feed the others) and bounds the sum of
     * the unknowns of every equation. Over many random publications no hidden cell is ever worked out, and no group of
     * hidden cells is known to hold 1 to 4 pupils.
     */
    @Test
    void noHiddenCellCanBeRecomputedFromWhatTheSameRoleSees() {
        Random random = new Random(20240131L);
        int hiddenCells = 0;
        for (int round = 0; round < 300; round++) {
            List<KpiValue> rows = randomPublication(random);
            Set<Disclosure.Key> hidden = disclosure.hidden(rows);
            hiddenCells += hidden.size();

            Map<Disclosure.Key, BigDecimal> known = new HashMap<>();
            rows.stream()
                    .filter(r -> !hidden.contains(Disclosure.Key.of(r)))
                    .forEach(r -> known.put(Disclosure.Key.of(r), r.teller()));
            for (List<Disclosure.Key> eq : attackerEquations(rows)) {
                Disclosure.Key total = eq.get(0);
                List<Disclosure.Key> parts = eq.subList(1, eq.size());
                List<Disclosure.Key> unknown = new ArrayList<>();
                if (!known.containsKey(total)) {
                    unknown.add(total);
                }
                parts.stream().filter(p -> !known.containsKey(p)).forEach(unknown::add);
                // one unknown would be solved (and then feed other equations): it must never happen
                assertThat(unknown.size())
                        .as("a hidden cell is the only unknown of %s", eq)
                        .isNotEqualTo(1);
                if (unknown.size() > 1 && known.containsKey(total)) {
                    BigDecimal rest = known.get(total);
                    for (Disclosure.Key p : parts) {
                        if (known.containsKey(p)) {
                            rest = rest.subtract(known.get(p));
                        }
                    }
                    assertThat(rest.intValue() >= 1 && rest.intValue() <= 4)
                            .as("the hidden parts of %s add up to %s", eq, rest)
                            .isFalse();
                }
            }
        }
        assertThat(hiddenCells).as("the random publications hide cells at all").isGreaterThan(300);
    }

    /** The attacker's equations, each as [total, parts…], written from the structure, not from Disclosure's code. */
    private static List<List<Disclosure.Key>> attackerEquations(List<KpiValue> rows) {
        List<List<Disclosure.Key>> equations = new ArrayList<>();
        Set<String> indicators = rows.stream().map(KpiValue::indicator).collect(Collectors.toSet());
        for (String indicator : indicators) {
            Map<String, List<String>> children = Map.of(
                    "PO9901", List.of("GM0001", "GM0002", "GM0003"),
                    "GM0001", List.of("WK000101", "WK000102", "WK000103"),
                    "GM0002", List.of("WK000201", "WK000202"),
                    "GM0003", List.of("WK000301", "WK000302"));
            for (String u : List.of("", "a", "b", "c")) {
                equations.add(eq(indicator, "swv", "PO9901", u, "gemeente", children.get("PO9901")));
                for (String gm : children.get("PO9901")) {
                    equations.add(eq(indicator, "gemeente", gm, u, "wijk", children.get(gm)));
                }
                List<String> allWijken = children.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("GM"))
                        .flatMap(e -> e.getValue().stream())
                        .toList();
                equations.add(eq(indicator, "swv", "PO9901", u, "wijk", allWijken));
            }
            for (KpiValue r : rows) {
                if (r.indicator().equals(indicator) && r.uitsplitsing().isEmpty()) {
                    List<Disclosure.Key> e = new ArrayList<>();
                    e.add(Disclosure.Key.of(r));
                    for (String u : List.of("a", "b", "c")) {
                        e.add(new Disclosure.Key(indicator, r.periode(), r.niveau(), r.gebied(), u));
                    }
                    equations.add(e);
                }
            }
        }
        return equations.stream()
                .filter(e -> e.stream()
                        .allMatch(k ->
                                rows.stream().anyMatch(r -> Disclosure.Key.of(r).equals(k))))
                .toList();
    }

    private static List<Disclosure.Key> eq(
            String indicator, String niveau, String gebied, String u, String childLevel, List<String> childAreas) {
        List<Disclosure.Key> e = new ArrayList<>();
        e.add(new Disclosure.Key(indicator, "2023-2024", niveau, gebied, u));
        childAreas.forEach(c -> e.add(new Disclosure.Key(indicator, "2023-2024", childLevel, c, u)));
        return e;
    }

    /** leerlingen_sbo in every area with three additive breakdowns, many of them small; totals add up exactly. */
    private static List<KpiValue> randomPublication(Random random) {
        Map<String, List<String>> wijken = Map.of(
                "GM0001", List.of("WK000101", "WK000102", "WK000103"),
                "GM0002", List.of("WK000201", "WK000202"),
                "GM0003", List.of("WK000301", "WK000302"));
        List<KpiValue> rows = new ArrayList<>();
        int[] swv = new int[4];
        for (String gm : List.of("GM0001", "GM0002", "GM0003")) {
            int[] gemeente = new int[4];
            for (String wk : wijken.get(gm)) {
                int[] parts = new int[4];
                for (int u = 1; u <= 3; u++) {
                    parts[u] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
                    parts[0] += parts[u];
                }
                add(rows, "wijk", wk, parts);
                for (int u = 0; u <= 3; u++) {
                    gemeente[u] += parts[u];
                }
            }
            add(rows, "gemeente", gm, gemeente);
            for (int u = 0; u <= 3; u++) {
                swv[u] += gemeente[u];
            }
        }
        add(rows, "swv", "PO9901", swv);
        return rows;
    }

    private static void add(List<KpiValue> rows, String niveau, String gebied, int[] parts) {
        String[] names = {"", "a", "b", "c"};
        for (int u = 0; u <= 3; u++) {
            rows.add(v("leerlingen_sbo", niveau, gebied, names[u], parts[u], null));
        }
    }

    private static Set<String> keys(Set<Disclosure.Key> hidden) {
        return hidden.stream()
                .map(k -> k.niveau() + " " + k.gebied() + " " + k.uitsplitsing())
                .collect(Collectors.toSet());
    }

    private static Map<String, PrivacySetting> settings() {
        Map<String, PrivacySetting> settings = new HashMap<>();
        settings.put("leerlingen_sbo", new PrivacySetting("leerlingen_sbo", true, 5, null));
        settings.put("deelname_sbo", new PrivacySetting("deelname_sbo", true, 5, null));
        settings.put("fin_baten", new PrivacySetting("fin_baten", false, 5, null));
        THUISNABIJ.forEach(id -> settings.put(id, new PrivacySetting(id, true, 5, "thuisnabij")));
        return settings;
    }

    static KpiValue v(
            String indicator, String niveau, String gebied, String uitsplitsing, Integer teller, Integer noemer) {
        return new KpiValue(
                indicator,
                "2023-2024",
                niveau,
                gebied,
                null,
                uitsplitsing,
                teller == null ? null : BigDecimal.valueOf(teller),
                noemer == null ? null : BigDecimal.valueOf(noemer),
                null,
                null,
                null,
                false);
    }
}

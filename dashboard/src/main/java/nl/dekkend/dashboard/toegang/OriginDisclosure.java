package nl.dekkend.dashboard.toegang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the pupils of each vestiging live ({@code vestiging_herkomst}) with a total per vestiging, and for roles that
 * see suppressed figures hidden together with the leerlingstromen they add up to: the wijken of a vestiging add up to
 * its total, and the vestigingen of one soort in a wijk, from one wijk of the home, add up to the leerlingstroom at
 * level wijk between those wijken. Starting from what {@link FlowDisclosure} hides, {@link CountDisclosure} runs over
 * those equations and the flows' own, so a flow may end up hidden because of a vestiging's cell (never the reverse of
 * what FlowDisclosure decided).
 */
final class OriginDisclosure {

    /** Both tables as roles that see suppressed figures get them. */
    record Disclosed(List<Flow> flows, List<Origin> origins) {}

    private OriginDisclosure() {}

    /** The published cells plus per periode and vestiging its total ({@link Origin#TOTAAL}). */
    static List<Origin> withTotals(List<Origin> cells) {
        Map<String, Origin> totals = new LinkedHashMap<>();
        for (Origin o : cells) {
            totals.merge(
                    o.periode() + "|" + o.vestiging(),
                    total(o, o.leerlingen()),
                    (a, b) -> total(a, a.leerlingen() + b.leerlingen()));
        }
        List<Origin> all = new ArrayList<>(totals.values());
        all.addAll(cells);
        return all;
    }

    private static Origin total(Origin o, int leerlingen) {
        return new Origin(
                o.periode(),
                o.vestiging(),
                o.vestigingNaam(),
                o.soort(),
                o.schoolWijk(),
                o.latitude(),
                o.longitude(),
                Origin.TOTAAL,
                "Totaal",
                leerlingen,
                false);
    }

    /** {@code flows}: every leerlingstroom, exact; {@code origins}: every cell with its totals, exact. */
    static Disclosed disclose(List<Flow> flows, List<Origin> origins, int drempel, Hierarchy hierarchy) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        flows.forEach(f -> counts.put(f.cell(), f.leerlingen()));
        origins.forEach(o -> counts.put(o.cell(), o.leerlingen()));
        List<CountDisclosure.Equation> equations = new ArrayList<>(FlowDisclosure.countEquations(flows, hierarchy));
        List<Origin> parts = origins.stream()
                .filter(o -> !o.woonWijk().equals(Origin.TOTAAL))
                .toList();
        group(parts, o -> o.periode() + "|" + o.vestiging())
                .forEach(
                        (key, of) -> equations.add(new CountDisclosure.Equation("H|" + key + "|" + Origin.TOTAAL, of)));
        // the flow's cell (Flow#cell) between the wijk of the home and the wijk of the school
        group(parts, o -> o.periode() + "|" + o.soort() + "|wijk|" + o.woonWijk() + "|" + o.schoolWijk())
                .forEach((flow, of) -> equations.add(new CountDisclosure.Equation(flow, of)));
        Set<String> hidden =
                CountDisclosure.hidden(counts, FlowDisclosure.hidden(flows, drempel, hierarchy), equations, drempel);
        return new Disclosed(
                flows.stream()
                        .map(f -> hidden.contains(f.cell()) ? f.masked() : f)
                        .toList(),
                origins.stream()
                        .map(o -> hidden.contains(o.cell()) ? o.masked() : o)
                        .toList());
    }

    private static Map<String, List<String>> group(List<Origin> cells, Function<Origin, String> by) {
        return cells.stream()
                .collect(Collectors.groupingBy(
                        by, LinkedHashMap::new, Collectors.mapping(Origin::cell, Collectors.toList())));
    }
}

package nl.dekkend.dashboard.toegang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The privacy rule for leerlingstromen, for roles that see suppressed figures. Pure: the same flows give the same
 * answer for every such role.
 *
 * <p><b>Primary</b>: a flow of 1 to {@code drempel − 1} pupils is hidden. <b>Secondary</b>: per periode and soort the
 * flows form equations whose total may be known elsewhere: all flows out of one area (the pupils living there), all
 * flows into one area (the pupils schooled there), and a flow between two gemeenten (or the SWV and outside) as the
 * sum of the flows between their wijken (or gemeenten). While an equation has exactly one hidden flow, or its hidden
 * flows add up to 1 to {@code drempel − 1} pupils, its smallest visible flow is hidden too, until nothing changes; a
 * total flow whose parts are all hidden is hidden as well. So a hidden total always has only hidden parts.
 */
final class FlowDisclosure {

    private record Equation(Flow parent, List<Flow> parts) {}

    private static final Comparator<Flow> SMALLEST = Comparator.comparing(Flow::leerlingen)
            .thenComparing(Flow::niveau)
            .thenComparing(Flow::vanGebied)
            .thenComparing(Flow::naarGebied);

    private FlowDisclosure() {}

    /** The flows as roles that see suppressed figures get them. */
    static List<Flow> disclose(List<Flow> flows, int drempel, Hierarchy hierarchy) {
        Set<String> hidden = hidden(flows, drempel, hierarchy);
        return flows.stream()
                .map(f -> hidden.contains(f.cell()) ? f.masked() : f)
                .toList();
    }

    static Set<String> hidden(List<Flow> flows, int drempel, Hierarchy hierarchy) {
        Set<String> hidden = new HashSet<>();
        for (Flow f : flows) {
            if (small(f.leerlingen(), drempel)) {
                hidden.add(f.cell());
            }
        }
        List<Equation> equations = equations(flows, hierarchy);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation e : equations) {
                while (!safe(e, hidden, drempel)) {
                    Flow next = e.parts().stream()
                            .filter(p -> !hidden.contains(p.cell()))
                            .min(SMALLEST)
                            .orElse(null);
                    if (next == null) {
                        // every part hidden, the total shown: it would give the parts away, so hide it too
                        if (e.parent() != null && !hidden.contains(e.parent().cell())) {
                            hidden.add(e.parent().cell());
                            changed = true;
                        }
                        break;
                    }
                    hidden.add(next.cell());
                    changed = true;
                }
            }
        }
        return hidden;
    }

    private static boolean safe(Equation e, Set<String> hidden, int drempel) {
        if (e.parent() != null && hidden.contains(e.parent().cell())) {
            return true; // a hidden total has only hidden parts (small ones, or hidden before it)
        }
        List<Flow> hiddenParts =
                e.parts().stream().filter(p -> hidden.contains(p.cell())).toList();
        if (hiddenParts.isEmpty()) {
            return true;
        }
        if (hiddenParts.size() == 1) {
            return false;
        }
        int sum = hiddenParts.stream().mapToInt(Flow::leerlingen).sum();
        return !small(sum, drempel);
    }

    private static List<Equation> equations(List<Flow> flows, Hierarchy hierarchy) {
        List<Equation> equations = new ArrayList<>();
        Map<String, List<Flow>> out = new LinkedHashMap<>();
        Map<String, List<Flow>> in = new LinkedHashMap<>();
        Map<String, Flow> byCell = new LinkedHashMap<>();
        for (Flow f : flows) {
            String table = f.periode() + "|" + f.soort() + "|" + f.niveau();
            out.computeIfAbsent(table + "|van|" + f.vanGebied(), k -> new ArrayList<>())
                    .add(f);
            in.computeIfAbsent(table + "|naar|" + f.naarGebied(), k -> new ArrayList<>())
                    .add(f);
            byCell.put(f.cell(), f);
        }
        out.values().forEach(parts -> equations.add(new Equation(null, parts)));
        in.values().forEach(parts -> equations.add(new Equation(null, parts)));
        // a flow between two gemeenten is the sum of the flows between their wijken; one at swv of those of gemeenten
        Map<String, List<Flow>> sums = flows.stream()
                .filter(f -> !f.niveau().equals("swv"))
                .collect(Collectors.groupingBy(
                        f -> {
                            String up = f.niveau().equals("wijk") ? "gemeente" : "swv";
                            return f.periode() + "|" + f.soort() + "|" + up + "|"
                                    + above(hierarchy, f.niveau(), f.vanGebied(), up) + "|"
                                    + above(hierarchy, f.niveau(), f.naarGebied(), up);
                        },
                        LinkedHashMap::new,
                        Collectors.toList()));
        sums.forEach((cell, parts) -> {
            Flow parent = byCell.get(cell);
            if (parent != null) {
                equations.add(new Equation(parent, parts));
            }
        });
        return equations;
    }

    /** The same equations over the flows' cells, for a run together with tables that add up to flows. */
    static List<CountDisclosure.Equation> countEquations(List<Flow> flows, Hierarchy hierarchy) {
        return equations(flows, hierarchy).stream()
                .map(e -> new CountDisclosure.Equation(
                        e.parent() == null ? null : e.parent().cell(),
                        e.parts().stream().map(Flow::cell).toList()))
                .toList();
    }

    /** The area one level up, {@code buiten} outside the region or where the hierarchy does not know it. */
    private static String above(Hierarchy hierarchy, String niveau, String gebied, String up) {
        if (Flow.BUITEN.equals(gebied)) {
            return Flow.BUITEN;
        }
        return hierarchy
                .place(niveau, gebied)
                .map(p -> p.above(up))
                .filter(code -> code != null)
                .orElse(Flow.BUITEN);
    }

    private static boolean small(Integer n, int drempel) {
        return n != null && n > 0 && n < drempel;
    }
}

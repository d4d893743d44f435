package nl.dekkend.dashboard.toegang;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The privacy rule for published count tables beside {@code kpi_values} and {@code leerlingstromen}
 * ({@code thuisnabij_afstanden}, {@code vestiging_herkomst}), for roles that see suppressed figures. Pure: the same
 * cells give the same answer for every such role.
 *
 * <p>Cells are counts by key. <b>Primary</b>: a cell of 1 to {@code drempel − 1} is hidden. <b>Secondary</b>: the
 * cells form equations, a total (a cell of the table, a cell decided elsewhere, or null: a total that may be known
 * elsewhere) and its parts. While an equation has exactly one hidden cell (total included), or its hidden parts, with
 * the total shown or unknown, add up to 1 to {@code drempel − 1}, its smallest visible part is hidden too (else its
 * total, when that is a cell), until nothing changes. A run may start from cells hidden by an earlier rule (the flows
 * {@link FlowDisclosure} hides), so it only ever adds to them.
 */
final class CountDisclosure {

    /** A total ({@code null}: a total that may be known elsewhere) and its parts, all keys of cells. */
    record Equation(String total, List<String> parts) {}

    private CountDisclosure() {}

    /** The keys of the hidden cells among {@code counts}, starting from {@code seed} (hidden already). */
    static Set<String> hidden(Map<String, Integer> counts, Set<String> seed, List<Equation> equations, int drempel) {
        Set<String> hidden = new HashSet<>();
        counts.forEach((key, n) -> {
            if (small(n, drempel)) {
                hidden.add(key);
            }
        });
        hidden.addAll(seed);
        Comparator<String> smallest =
                Comparator.comparing((String key) -> counts.get(key)).thenComparing(Comparator.naturalOrder());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation e : equations) {
                while (!safe(e, hidden, counts, drempel)) {
                    String next = e.parts().stream()
                            .filter(p -> counts.containsKey(p) && !hidden.contains(p))
                            .min(smallest)
                            .orElse(null);
                    if (next == null && e.total() != null && counts.containsKey(e.total())) {
                        next = hidden.contains(e.total()) ? null : e.total();
                    }
                    if (next == null) {
                        break; // nothing left that may be hidden here
                    }
                    hidden.add(next);
                    changed = true;
                }
            }
        }
        return hidden;
    }

    private static boolean safe(Equation e, Set<String> hidden, Map<String, Integer> counts, int drempel) {
        List<String> hiddenParts = e.parts().stream().filter(hidden::contains).toList();
        boolean totalHidden = e.total() != null && hidden.contains(e.total());
        int hiddenCells = hiddenParts.size() + (totalHidden ? 1 : 0);
        if (hiddenCells == 0) {
            return true;
        }
        if (hiddenCells == 1) {
            return false;
        }
        if (totalHidden) {
            return true; // a hidden total and at least one hidden part: no cell follows from the others
        }
        int sum = hiddenParts.stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
        return !small(sum, drempel);
    }

    private static boolean small(Integer n, int drempel) {
        return n != null && n > 0 && n < drempel;
    }
}

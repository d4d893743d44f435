package nl.dekkend.dashboard.toegang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * The privacy rule for roles that see suppressed figures: which cells they must not see. Pure: the same rows give the
 * same answer for every such role, so comparing what two roles see reveals nothing either.
 *
 * <p><b>Primary suppression.</b> A cell of an indicator whose cells count pupils ({@code onderdruk_klein}) is hidden
 * when its teller, noemer or noemer − teller is 1 to {@code drempel − 1}. An indicator without a setting has every
 * cell hidden (fail closed).
 *
 * <p><b>Secondary suppression</b> (hide the next-smallest sibling). A total and its parts form an equation: the
 * breakdowns of an area and their total; the areas of a level inside one area above it (wijk in stadsdeel, gemeente
 * and SWV; vestiging in wijk, stadsdeel, gemeente, bestuur and SWV; …) and that area; the indicators of one
 * {@code geheel} and their whole: the indicator the geheel is named after (as deelname_so for its three categories),
 * else the noemer they share and every one of them shows (the four thuisnabij shares). While an equation has exactly one
 * hidden cell, or its hidden parts add up to 1 to {@code drempel − 1} pupils (teller, noemer or noemer − teller), the visible
 * part with the smallest teller is hidden too; this repeats over all equations until nothing changes. A total (the
 * parent of an equation) is hidden only by the primary rule, so the totals of an area can be decided from the rows
 * of that level alone.
 *
 * <p><b>Landelijk.</b> The SWVs of DUO's national file (the members of {@code swv_vergelijking}) add up, per indicator
 * and period, to the landelijk figure the comparison page computes from them: one more equation, whose parts are the
 * SWV totals and whose parent ({@link #landelijk}) is their sum. An SWV total may so be hidden as a sibling, which its
 * own areas then follow; when the national equation cannot be made safe by hiding parts (a single SWV), its parent is
 * hidden. Either way, these rows too are decided from the rows at level swv alone.
 */
public final class Disclosure {

    /** A cell of {@code kpi_values}. */
    public record Key(String indicator, String periode, String niveau, String gebied, String uitsplitsing) {

        public static Key of(KpiValue v) {
            return new Key(v.indicator(), v.periode(), v.niveau(), v.gebied(), v.uitsplitsing());
        }
    }

    /** A total (null when the whole is known anyway, as the shared noemer of a geheel) and its parts. */
    private record Equation(KpiValue parent, List<KpiValue> parts) {}

    private final Map<String, PrivacySetting> settings;
    private final Hierarchy hierarchy;
    private final Set<String> landelijk;

    public Disclosure(Map<String, PrivacySetting> settings, Hierarchy hierarchy) {
        this(settings, hierarchy, Set.of());
    }

    /**
     * {@code landelijk}: the SWV totals that make up the landelijk figure, as {@link #member} keys (indicator, period and
     * SWV code).
     */
    public Disclosure(Map<String, PrivacySetting> settings, Hierarchy hierarchy, Set<String> landelijk) {
        this.settings = Map.copyOf(settings);
        this.hierarchy = hierarchy;
        this.landelijk = Set.copyOf(landelijk);
    }

    /** The level of the landelijk total of the SWVs ({@link #landelijk}); no row of kpi_values has it. */
    static final String LANDELIJK = "landelijk";

    /** The cell of the landelijk figure computed from the SWVs of one indicator and period. */
    public static Key landelijk(String indicator, String periode) {
        return new Key(indicator, periode, LANDELIJK, "", "");
    }

    /** A member of the landelijk total: the SWV total of this indicator, period and SWV. */
    public static String member(String indicator, String periode, String swv) {
        return indicator + "|" + periode + "|" + swv;
    }

    public PrivacySetting setting(String indicator) {
        return settings.getOrDefault(indicator, PrivacySetting.unknown(indicator));
    }

    /**
     * The catalog's threshold for counts of pupils outside kpi_values (leerlingstromen): the largest drempel of the
     * indicators that suppress small cells; without any, every count is hidden (fail closed).
     */
    public int drempel() {
        return settings.values().stream()
                .filter(PrivacySetting::onderdrukKlein)
                .mapToInt(PrivacySetting::drempel)
                .max()
                .orElse(Integer.MAX_VALUE);
    }

    /**
     * The indicators plus, again and again, the other members of their geheel and its whole: all rows that share an
     * equation with theirs.
     */
    public Set<String> withWhole(Collection<String> indicators) {
        Set<String> result = new TreeSet<>(indicators);
        boolean grew = true;
        while (grew) {
            Set<String> wholes = new HashSet<>(result);
            result.forEach(i -> {
                if (setting(i).geheel() != null) {
                    wholes.add(setting(i).geheel());
                }
            });
            int before = result.size();
            settings.values().stream().filter(s -> wholes.contains(s.geheel())).forEach(s -> result.add(s.indicator()));
            wholes.stream().filter(settings::containsKey).forEach(result::add);
            grew = result.size() > before;
        }
        return result;
    }

    /** The cells of {@code rows} to hide; pass every row that shares an equation with the ones you show. */
    public Set<Key> hidden(List<KpiValue> rows) {
        return hidden(rows, Set.of());
    }

    /**
     * As {@link #hidden(List)}, with cells that are hidden from the start for a reason the rows do not show (a
     * matrix cell whose wachtlijst is small, say).
     */
    public Set<Key> hidden(List<KpiValue> rows, Set<Key> alsoHidden) {
        Set<Key> hidden = new HashSet<>(alsoHidden);
        for (KpiValue v : rows) {
            if (primary(v)) {
                hidden.add(Key.of(v));
            }
        }
        List<Equation> equations = equations(rows);
        for (Equation equation : equations) {
            if (national(equation) && primary(equation.parent())) {
                hidden.add(Key.of(equation.parent()));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation equation : equations) {
                while (!safe(equation, hidden)) {
                    KpiValue next = equation.parts().stream()
                            .filter(p -> !hidden.contains(Key.of(p))
                                    && setting(p.indicator()).onderdrukKlein())
                            .filter(p -> p.teller() != null)
                            .min(SMALLEST)
                            .orElse(null);
                    if (next == null) {
                        // a landelijk total that its parts cannot make safe is hidden itself
                        if (national(equation) && hidden.add(Key.of(equation.parent()))) {
                            changed = true;
                            continue;
                        }
                        break;
                    }
                    hidden.add(Key.of(next));
                    changed = true;
                }
            }
        }
        return hidden;
    }

    /** The row as a role that sees suppressed figures gets it: no teller, noemer, waarde, norm or status when hidden. */
    public static KpiValue masked(KpiValue v) {
        return new KpiValue(
                v.indicator(),
                v.periode(),
                v.niveau(),
                v.gebied(),
                v.gebiedNaam(),
                v.uitsplitsing(),
                null,
                null,
                null,
                null,
                null,
                true);
    }

    /** The row as an exact role gets it: every figure, and not flagged. */
    public static KpiValue exact(KpiValue v) {
        return new KpiValue(
                v.indicator(),
                v.periode(),
                v.niveau(),
                v.gebied(),
                v.gebiedNaam(),
                v.uitsplitsing(),
                v.teller(),
                v.noemer(),
                v.waarde(),
                v.norm(),
                v.status(),
                false);
    }

    private static final Comparator<KpiValue> SMALLEST = Comparator.comparing(KpiValue::teller)
            .thenComparing(KpiValue::noemer, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(KpiValue::niveau)
            .thenComparing(KpiValue::gebied)
            .thenComparing(KpiValue::uitsplitsing)
            .thenComparing(KpiValue::indicator);

    boolean primary(KpiValue v) {
        PrivacySetting s = setting(v.indicator());
        if (!s.onderdrukKlein()) {
            return false;
        }
        return small(v.teller(), s.drempel()) || small(v.noemer(), s.drempel()) || small(complement(v), s.drempel());
    }

    private boolean safe(Equation equation, Set<Key> hidden) {
        List<KpiValue> hiddenParts = equation.parts().stream()
                .filter(p -> hidden.contains(Key.of(p)))
                .toList();
        boolean parentHidden = equation.parent() != null && hidden.contains(Key.of(equation.parent()));
        int count = hiddenParts.size() + (parentHidden ? 1 : 0);
        if (count == 0) {
            return true;
        }
        if (count == 1) {
            return false;
        }
        if (parentHidden) {
            return true;
        }
        int drempel = hiddenParts.stream()
                .mapToInt(p -> setting(p.indicator()).drempel())
                .max()
                .orElse(Integer.MAX_VALUE);
        return !small(sum(hiddenParts, KpiValue::teller), drempel)
                && !small(sum(hiddenParts, KpiValue::noemer), drempel)
                && !small(sum(hiddenParts, Disclosure::complement), drempel);
    }

    /** The sum of a measure over the parts; null when a part has none. */
    private static BigDecimal sum(List<KpiValue> parts, Function<KpiValue, BigDecimal> measure) {
        BigDecimal total = BigDecimal.ZERO;
        for (KpiValue p : parts) {
            BigDecimal value = measure.apply(p);
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    private static BigDecimal complement(KpiValue v) {
        return v.teller() == null || v.noemer() == null ? null : v.noemer().subtract(v.teller());
    }

    private static boolean small(BigDecimal value, int drempel) {
        return value != null
                && value.signum() > 0
                && (drempel == Integer.MAX_VALUE || value.compareTo(BigDecimal.valueOf(drempel)) < 0);
    }

    private static boolean national(Equation equation) {
        return equation.parent() != null && LANDELIJK.equals(equation.parent().niveau());
    }

    /** The sum of the SWV totals of one indicator and period: the landelijk figure, as a row of its own level. */
    private static KpiValue nationalTotal(List<String> key, List<KpiValue> parts) {
        return new KpiValue(
                key.get(0),
                key.get(1),
                LANDELIJK,
                "",
                null,
                key.get(2),
                sum(parts, KpiValue::teller),
                sum(parts, KpiValue::noemer),
                null,
                null,
                null,
                false);
    }

    private List<Equation> equations(List<KpiValue> rows) {
        Map<Key, KpiValue> byKey = new HashMap<>();
        rows.forEach(v -> byKey.put(Key.of(v), v));
        Map<List<String>, List<KpiValue>> breakdowns = new LinkedHashMap<>();
        Map<List<String>, List<KpiValue>> wholes = new LinkedHashMap<>();
        Map<List<String>, List<KpiValue>> areas = new LinkedHashMap<>();
        Map<List<String>, List<KpiValue>> national = new LinkedHashMap<>();
        for (KpiValue v : rows) {
            if ("swv".equals(v.niveau()) && landelijk.contains(member(v.indicator(), v.periode(), v.gebied()))) {
                national.computeIfAbsent(List.of(v.indicator(), v.periode(), v.uitsplitsing()), k -> new ArrayList<>())
                        .add(v);
            }
            if (!v.uitsplitsing().isEmpty()) {
                breakdowns
                        .computeIfAbsent(
                                List.of(v.indicator(), v.periode(), v.niveau(), v.gebied()), k -> new ArrayList<>())
                        .add(v);
            }
            String geheel = setting(v.indicator()).geheel();
            if (geheel != null) {
                wholes.computeIfAbsent(
                                List.of(geheel, v.periode(), v.niveau(), v.gebied(), v.uitsplitsing()),
                                k -> new ArrayList<>())
                        .add(v);
            }
            hierarchy.place(v.niveau(), v.gebied()).ifPresent(place -> {
                for (String level : Hierarchy.ABOVE) {
                    String above = place.above(level);
                    if (!level.equals(v.niveau()) && above != null) {
                        areas.computeIfAbsent(
                                        List.of(v.indicator(), v.periode(), level, above, v.uitsplitsing(), v.niveau()),
                                        k -> new ArrayList<>())
                                .add(v);
                    }
                }
            });
        }
        List<Equation> equations = new ArrayList<>();
        breakdowns.forEach((k, parts) -> {
            KpiValue total = byKey.get(new Key(k.get(0), k.get(1), k.get(2), k.get(3), ""));
            if (total != null) {
                equations.add(new Equation(total, parts));
            }
        });
        wholes.forEach((k, parts) -> {
            KpiValue total = byKey.get(new Key(k.get(0), k.get(1), k.get(2), k.get(3), k.get(4)));
            if (total != null || parts.size() > 1) {
                equations.add(new Equation(total, parts));
            }
        });
        areas.forEach((k, parts) -> {
            KpiValue parent = byKey.get(new Key(k.get(0), k.get(1), k.get(2), k.get(3), k.get(4)));
            if (parent != null) {
                equations.add(new Equation(parent, parts));
            }
        });
        national.forEach((k, parts) -> equations.add(new Equation(nationalTotal(k, parts), parts)));
        return equations;
    }
}

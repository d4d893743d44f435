package nl.dekkend.dashboard.toegang;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The SWV comparison as roles that see suppressed figures get it. An SWV's cell is hidden exactly when the same cell of
 * {@code kpi_values} is ({@link Disclosure}, which also makes the landelijk total safe); a hidden SWV keeps only its
 * code. Places and medians over all SWVs would tell where a hidden value lies among the shown ones, so in a period with
 * a hidden cell they are those among the SWVs shown, by the rule of {@code swv_vergelijking}: ascending by waarde,
 * equal values share a place; the median is the middle value or the mean of the two middle ones, rounded half-up to
 * two decimals. Pure.
 */
final class ComparisonDisclosure {

    private ComparisonDisclosure() {}

    /**
     * {@code rows}: one indicator's rows; {@code disclosed}: the keys of kpi_values the privacy rule decided on (a row
     * without one is hidden: fail closed); {@code hidden}: the keys it hides.
     */
    static List<Comparison> disclose(List<Comparison> rows, Set<Disclosure.Key> disclosed, Set<Disclosure.Key> hidden) {
        Map<String, List<Comparison>> byPeriode = new LinkedHashMap<>();
        rows.forEach(c ->
                byPeriode.computeIfAbsent(c.periode(), k -> new ArrayList<>()).add(c));
        List<Comparison> out = new ArrayList<>();
        byPeriode.forEach((periode, cells) -> out.addAll(period(cells, disclosed, hidden)));
        return out;
    }

    private static List<Comparison> period(
            List<Comparison> cells, Set<Disclosure.Key> disclosed, Set<Disclosure.Key> hidden) {
        List<Comparison> shown = cells.stream()
                .filter(c -> disclosed.contains(key(c)) && !hidden.contains(key(c)))
                .toList();
        boolean landelijkHidden = hidden.contains(
                Disclosure.landelijk(cells.get(0).indicator(), cells.get(0).periode()));
        boolean anyHidden = shown.size() < cells.size();
        List<Comparison> result = new ArrayList<>();
        List<Comparison> valued = shown.stream().filter(c -> c.waarde() != null).toList();
        BigDecimal mediaan = anyHidden ? median(valued) : null;
        for (Comparison c : cells) {
            BigDecimal landelijkTeller = landelijkHidden ? null : c.landelijkTeller();
            BigDecimal landelijkNoemer = landelijkHidden ? null : c.landelijkNoemer();
            BigDecimal landelijkWaarde = landelijkHidden ? null : c.landelijkWaarde();
            if (!shown.contains(c)) {
                result.add(new Comparison(
                        c.periode(),
                        c.indicator(),
                        c.swvCode(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        anyHidden ? mediaan : c.mediaan(),
                        null,
                        landelijkTeller,
                        landelijkNoemer,
                        landelijkWaarde,
                        c.landelijkDuo(),
                        true));
                continue;
            }
            Integer rang = c.rang();
            Integer aantal = c.aantal();
            Integer rangGroep = c.rangGrootteklasse();
            Integer aantalGroep = c.aantalGrootteklasse();
            BigDecimal mediaanGroep = c.mediaanGrootteklasse();
            BigDecimal mediaanAlle = c.mediaan();
            if (anyHidden) {
                List<Comparison> group = valued.stream()
                        .filter(o -> Objects.equals(o.grootteklasse(), c.grootteklasse()))
                        .toList();
                rang = c.waarde() == null ? null : place(valued, c.waarde());
                aantal = c.waarde() == null ? null : valued.size();
                rangGroep = c.waarde() == null ? null : place(group, c.waarde());
                aantalGroep = c.waarde() == null ? null : group.size();
                mediaanGroep = c.waarde() == null ? null : median(group);
                mediaanAlle = mediaan;
            }
            result.add(new Comparison(
                    c.periode(),
                    c.indicator(),
                    c.swvCode(),
                    c.teller(),
                    c.noemer(),
                    c.waarde(),
                    c.grootte(),
                    c.grootteklasse(),
                    rang,
                    aantal,
                    rangGroep,
                    aantalGroep,
                    mediaanAlle,
                    mediaanGroep,
                    landelijkTeller,
                    landelijkNoemer,
                    landelijkWaarde,
                    c.landelijkDuo(),
                    false));
        }
        return result;
    }

    private static Disclosure.Key key(Comparison c) {
        return new Disclosure.Key(c.indicator(), c.periode(), "swv", c.swvCode(), "");
    }

    /** 1 + the number of values below it: equal values share a place. */
    static int place(List<Comparison> valued, BigDecimal waarde) {
        return 1
                + (int) valued.stream()
                        .filter(o -> o.waarde().compareTo(waarde) < 0)
                        .count();
    }

    /** The middle value, or the mean of the two middle ones rounded half-up to two decimals; null without values. */
    static BigDecimal median(List<Comparison> valued) {
        List<BigDecimal> values = valued.stream()
                .map(Comparison::waarde)
                .sorted(Comparator.naturalOrder())
                .toList();
        int n = values.size();
        if (n == 0) {
            return null;
        }
        BigDecimal low = values.get((n + 1) / 2 - 1);
        BigDecimal high = values.get((n + 2) / 2 - 1);
        return low.add(high).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }
}

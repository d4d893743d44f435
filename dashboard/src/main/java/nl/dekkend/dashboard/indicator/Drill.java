package nl.dekkend.dashboard.indicator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.web.InvalidParameterException;

/**
 * Drill-down on the indicator page: from an area to the areas of a level below that lie within it
 * ({@code ?niveau=wijk&binnen=stadsdeel:SD01}). Which level lies below which follows the areas' places in
 * {@code gebied_hierarchie}; only the levels present for the indicator and visible to the account are offered.
 */
public record Drill(String niveau, String gebied) {

    /** Whether an area (niveau, gebied) lies within another (boven, bovenGebied); {@code toegang.Figures#within}. */
    @FunctionalInterface
    public interface Within {
        boolean test(String niveau, String gebied, String boven, String bovenGebied);
    }

    /** The levels one can go down to from each level. */
    private static final Map<String, List<String>> BELOW = Map.of(
            "swv", List.of("stadsdeel", "gemeente", "bestuur"),
            "gemeente", List.of("stadsdeel", "vestiging"),
            "stadsdeel", List.of("wijk"),
            "wijk", List.of("vestiging"),
            "bestuur", List.of("vestiging"));

    /** The levels below {@code niveau} that are among {@code present}, in the catalog's order. */
    static List<String> below(Niveau niveaus, String niveau, List<String> present) {
        if (niveau == null) {
            return List.of();
        }
        List<String> below = BELOW.getOrDefault(niveau, List.of());
        return niveaus.ordered(below).stream().filter(present::contains).toList();
    }

    /**
     * The links from the SWV figure of an indicator down to the levels below the SWV at which the account sees rows of
     * it ("per gemeente"); {@code rows} are the indicator's rows the account may see, at every level.
     */
    public static List<AreaView.Choice> fromSwv(Niveau niveaus, String indicator, String swv, List<KpiValue> rows) {
        return below(niveaus, "swv", IndicatorLevels.of(niveaus, rows)).stream()
                .map(n -> new AreaView.Choice(
                        n,
                        "per " + niveaus.naam(n).toLowerCase(Locale.ROOT),
                        "/indicatoren/" + indicator + "?niveau=" + n + "&binnen=swv:"
                                + URLEncoder.encode(swv, StandardCharsets.UTF_8),
                        false))
                .toList();
    }

    /**
     * The page a click on an area's figure in a chart opens (theme pages): the indicator's areas at the first level
     * below it that holds areas within it with figures in that period, else the area itself; {@code rows} are the
     * indicator's rows the account may see, at every level.
     */
    public static String next(
            Niveau niveaus,
            String indicator,
            String niveau,
            String gebied,
            String periode,
            List<KpiValue> rows,
            Within within) {
        String base = "/indicatoren/" + indicator + "?niveau=";
        String tail = "&periode=" + URLEncoder.encode(periode, StandardCharsets.UTF_8);
        return below(niveaus, niveau, IndicatorLevels.of(niveaus, rows)).stream()
                .filter(n -> rows.stream()
                        .anyMatch(v -> v.niveau().equals(n)
                                && v.periode().equals(periode)
                                && within.test(n, v.gebied(), niveau, gebied)))
                .findFirst()
                .map(n ->
                        base + n + "&binnen=" + niveau + ":" + URLEncoder.encode(gebied, StandardCharsets.UTF_8) + tail)
                .orElse(base + niveau + "&gebied=" + URLEncoder.encode(gebied, StandardCharsets.UTF_8) + tail);
    }

    /** {@code ?binnen=} for the given level, or null when absent; a malformed one is a Dutch 400. */
    static Drill parse(Niveau niveaus, String binnen, String niveau) {
        if (binnen == null || binnen.isBlank()) {
            return null;
        }
        int colon = binnen.indexOf(':');
        String boven = colon < 0 ? "" : binnen.substring(0, colon).trim();
        String gebied = colon < 0 ? "" : binnen.substring(colon + 1).trim();
        if (boven.isEmpty() || !niveaus.known(boven) || gebied.isEmpty()) {
            throw new InvalidParameterException("Ongeldig binnen '" + binnen
                    + "': gebruik niveau:gebied, zoals stadsdeel:SD01, met als niveau " + niveaus.choices() + ".");
        }
        if (niveau == null || !BELOW.getOrDefault(boven, List.of()).contains(niveau)) {
            throw new InvalidParameterException("Niveau " + (niveau == null ? "" : niveau) + " ligt niet onder " + boven
                    + "; kies uit " + String.join(", ", BELOW.getOrDefault(boven, List.of())) + ".");
        }
        return new Drill(boven, gebied);
    }
}

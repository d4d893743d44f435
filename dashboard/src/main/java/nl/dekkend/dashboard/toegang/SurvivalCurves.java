package nl.dekkend.dashboard.toegang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * The privacy rule for the survival curves of placement duration, for roles that see suppressed figures: a curve of
 * fewer than drempel placements is left out, and so is a curve of one soort when it would otherwise be the only one
 * left out beside the curve of all placements (next-smallest, as {@link Disclosure}); in a curve that is shown,
 * consecutive days are merged until a step holds at least drempel ended placements, and the curve stops where fewer
 * than drempel placements are still observed. Every step shown is the exact S(dag) of its last day.
 */
final class SurvivalCurves {

    static final String INDICATOR = "kpi_survival";

    private SurvivalCurves() {}

    static List<SurvivalStep> disclose(List<SurvivalStep> steps, int drempel) {
        Map<List<String>, List<SurvivalStep>> curves = steps.stream()
                .collect(Collectors.groupingBy(
                        s -> List.of(s.periode(), s.gebied(), s.uitsplitsing()),
                        LinkedHashMap::new,
                        Collectors.toList()));
        List<KpiValue> cells = curves.values().stream()
                .map(curve -> curve.get(0))
                .map(s -> new KpiValue(
                        INDICATOR,
                        s.periode(),
                        "swv",
                        s.gebied(),
                        null,
                        s.uitsplitsing(),
                        java.math.BigDecimal.valueOf(s.plaatsingen()),
                        null,
                        null,
                        null,
                        null,
                        false))
                .toList();
        Set<Disclosure.Key> hidden = new Disclosure(
                        Map.of(INDICATOR, new PrivacySetting(INDICATOR, true, drempel, null)), new Hierarchy(List.of()))
                .hidden(cells);
        List<SurvivalStep> shown = new ArrayList<>();
        curves.forEach((key, curve) -> {
            if (!hidden.contains(new Disclosure.Key(INDICATOR, key.get(0), "swv", key.get(1), key.get(2)))) {
                shown.addAll(coarsen(curve, drempel));
            }
        });
        return shown;
    }

    /** Merges days until each step holds at least drempel ended placements; stops where fewer are observed. */
    static List<SurvivalStep> coarsen(List<SurvivalStep> curve, int drempel) {
        List<SurvivalStep> sorted = curve.stream()
                .sorted(Comparator.comparingInt(SurvivalStep::dag))
                .toList();
        List<SurvivalStep> result = new ArrayList<>();
        Integer atRisk = null;
        int events = 0;
        int censored = 0;
        for (SurvivalStep step : sorted) {
            if (step.atRisk() < drempel) {
                break;
            }
            if (atRisk == null) {
                atRisk = step.atRisk();
            }
            events += step.events();
            censored += step.censored();
            if (events >= drempel) {
                result.add(new SurvivalStep(
                        step.periode(),
                        step.gebied(),
                        step.uitsplitsing(),
                        step.dag(),
                        step.plaatsingen(),
                        atRisk,
                        events,
                        censored,
                        step.survival()));
                atRisk = null;
                events = 0;
                censored = 0;
            }
        }
        return result;
    }
}

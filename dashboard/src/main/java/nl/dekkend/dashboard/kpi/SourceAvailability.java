package nl.dekkend.dashboard.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which sources were delivered, and what that means for an indicator. An indicator's {@code bronnen} lists
 * requirements; each requirement {@code a|b} is met by source a, or else by b. A source without a row in
 * {@code source_status}, or with {@code aanwezig = false}, counts as not delivered.
 */
public final class SourceAvailability {

    public static final String NATIONAL_SOURCE = "duo_landelijk";

    private final Map<String, SourceStatus> byBron;

    public SourceAvailability(List<SourceStatus> sources) {
        this.byBron = sources.stream()
                .collect(Collectors.toUnmodifiableMap(SourceStatus::bron, Function.identity(), (a, b) -> a));
    }

    public boolean present(String bron) {
        SourceStatus status = byBron.get(bron);
        return status != null && status.aanwezig();
    }

    /** The requirements of the indicator that no delivered source meets, each as its alternatives. */
    public List<List<String>> unmet(KpiDefinition definition) {
        List<List<String>> unmet = new ArrayList<>();
        for (String requirement : definition.bronnen()) {
            List<String> alternatives = Arrays.stream(requirement.split("\\|"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
            if (!alternatives.isEmpty() && alternatives.stream().noneMatch(this::present)) {
                unmet.add(alternatives);
            }
        }
        return unmet;
    }

    /** True when the indicator cannot be computed because a source it needs is missing (directly or as alternative). */
    public boolean blockedBy(KpiDefinition definition, String bron) {
        return unmet(definition).stream().anyMatch(alternatives -> alternatives.contains(bron));
    }

    /**
     * Why an indicator has no figures, in Dutch, e.g. {@code bron duo_leerlingen_swv ontbreekt}; empty when every
     * source it needs was delivered.
     */
    public Optional<String> whyMissing(KpiDefinition definition) {
        List<String> reasons =
                unmet(definition).stream().map(SourceAvailability::describe).toList();
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** The Dutch sentence for a page, e.g. "Geen gegevens voor Deelnamepercentage SBO: bron x ontbreekt." */
    public String noDataMessage(KpiDefinition definition) {
        return "Geen gegevens voor " + definition.naam() + ": "
                + whyMissing(definition).orElse("de aangeleverde bronnen leveren voor deze indicator geen cijfers op")
                + ".";
    }

    private static String describe(List<String> alternatives) {
        String first = "bron " + alternatives.get(0) + " ontbreekt";
        if (alternatives.size() == 1) {
            return first;
        }
        List<String> rest = alternatives.subList(1, alternatives.size());
        return first
                + (rest.size() == 1
                        ? " en het alternatief " + rest.get(0) + " ook"
                        : " en de alternatieven " + String.join(" en ", rest) + " ook");
    }
}

package nl.dekkend.appdb.pdca;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The norms in force, read at request time: a period is judged by the norm of the planperiode it falls in, so a
 * changed norm shows at once, without a pipeline run.
 */
public record NormSet(List<Planperiode> planperiodes, List<Norm> norms) {

    public NormSet {
        planperiodes = List.copyOf(planperiodes);
        norms = List.copyOf(norms);
    }

    public static NormSet empty() {
        return new NormSet(List.of(), List.of());
    }

    public Optional<Planperiode> planperiode(String periode) {
        return planperiodes.stream().filter(p -> p.covers(periode)).findFirst();
    }

    /**
     * The norm for an indicator in the planperiode the period falls in. Planperiodes may overlap (a catalog norm
     * {@code vanaf 2020} for one indicator beside an ondersteuningsplan 2022-2026 for others): the indicator's norm
     * comes from a planperiode covering the period that has a norm for it.
     */
    public Optional<Norm> norm(String indicator, String periode) {
        return planperiodes.stream()
                .filter(p -> p.covers(periode))
                .flatMap(plan -> norms.stream()
                        .filter(n -> n.indicator().equals(indicator)
                                && n.planperiode().equals(plan.code())))
                .findFirst();
    }

    /** Norm and status of one value; both empty when no norm applies. */
    public Judgement judge(String indicator, String periode, BigDecimal waarde) {
        Norm norm = norm(indicator, periode).orElse(null);
        return new Judgement(norm, NormStatus.of(waarde, norm));
    }

    /** All norms of one indicator, one per planperiode (for the step lines of a trend chart). */
    public List<Norm> of(String indicator) {
        return norms.stream().filter(n -> n.indicator().equals(indicator)).toList();
    }

    /** The norm that applies (null: none) and the status it gives (null: none). */
    public record Judgement(Norm norm, String status) {

        public BigDecimal normValue() {
            return norm == null ? null : norm.norm();
        }
    }
}

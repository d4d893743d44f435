package nl.dekkend.warehouse.read;

import java.math.BigDecimal;

/**
 * Norm and status of a value, decided by the caller at request time (the app database's norms per planperiode), so
 * a changed norm shows without a new publication. The publication itself holds no status the CSV prints.
 */
@FunctionalInterface
public interface NormJudge {

    Judgement judge(String indicator, String periode, BigDecimal waarde);

    /** No norm applies to anything: empty norm and status. */
    NormJudge NONE = (indicator, periode, waarde) -> new Judgement(null, null);

    /** The norm that applies (null: none) and the status it gives (groen, oranje, rood; null: none). */
    record Judgement(BigDecimal norm, String status) {}
}

package nl.dekkend.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** DUO's counts for one SWV on one teldatum, with the deelnamepercentages as DUO computes them. */
public record SwvCounts(int bao, int sbo, int soCat1, int soCat2, int soCat3) {

    public int so() {
        return soCat1 + soCat2 + soCat3;
    }

    /** SBO / (BaO + SBO) × 100, half-up to two decimals. */
    public BigDecimal sboPct() {
        return pct(sbo);
    }

    /** SO (cat 1+2+3) / (BaO + SBO) × 100, half-up to two decimals. */
    public BigDecimal soPct() {
        return pct(so());
    }

    private BigDecimal pct(int count) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(bao + sbo), 2, RoundingMode.HALF_UP);
    }
}

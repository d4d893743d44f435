package nl.dekkend.dashboard.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * One row of {@code GET /api/indicatoren/{id}}: the fields of the indicator contract (INDICATOREN.md), plus the
 * breakdown ({@code uitsplitsing}, empty for the total). For a hidden row ({@code onderdrukt}), teller, noemer, waarde,
 * norm and status are null. Machine output: decimal points, waarde rounded to the catalog's decimals.
 */
public record IndicatorRow(
        String indicator,
        String periode,
        String niveau,
        String gebied,
        String uitsplitsing,
        BigDecimal teller,
        BigDecimal noemer,
        BigDecimal waarde,
        String eenheid,
        BigDecimal norm,
        String status,
        boolean onderdrukt) {

    static IndicatorRow of(KpiDefinition definition, KpiValue v) {
        boolean hidden = v.onderdrukt();
        return new IndicatorRow(
                v.indicator(),
                v.periode(),
                v.niveau(),
                v.gebied(),
                v.uitsplitsing(),
                hidden ? null : plain(v.teller()),
                hidden ? null : plain(v.noemer()),
                hidden || v.waarde() == null ? null : v.waarde().setScale(definition.decimalen(), RoundingMode.HALF_UP),
                definition.eenheid(),
                hidden ? null : plain(v.norm()),
                hidden ? null : v.status(),
                v.onderdrukt());
    }

    /** 17283.0000 → 17283, 1.5000 → 1.5. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

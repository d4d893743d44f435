package nl.dekkend.appdb.pdca;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** The norm of one indicator in one planperiode: direction, the end of groen and (optionally) of oranje. */
public record Norm(String indicator, String planperiode, String richting, BigDecimal norm, BigDecimal grens) {

    public static final String LAGER_BETER = "lager_beter";
    public static final String HOGER_BETER = "hoger_beter";
    public static final String BINNEN_BAND = "binnen_band";
    public static final List<String> RICHTINGEN = List.of(LAGER_BETER, HOGER_BETER, BINNEN_BAND);

    public Norm {
        Objects.requireNonNull(indicator, "indicator must not be null");
        Objects.requireNonNull(planperiode, "planperiode must not be null");
        Objects.requireNonNull(norm, "norm must not be null");
        if (!RICHTINGEN.contains(richting)) {
            throw new IllegalArgumentException("richting must be one of " + RICHTINGEN + ", was '" + richting + "'");
        }
    }
}

package nl.dekkend.appdb.pdca;

import java.math.BigDecimal;

/**
 * The one rule that turns a value and a norm into a traffic light; every page, the API, exports and {@code dekkend
 * indicator} use it. {@code norm} ends groen, {@code grens} ends oranje (rood beyond); for {@code binnen_band} the
 * value is groen between norm and grens (inclusive) and rood outside.
 */
public final class NormStatus {

    public static final String GROEN = "groen";
    public static final String ORANJE = "oranje";
    public static final String ROOD = "rood";

    private NormStatus() {}

    /** groen, oranje or rood; null when there is no value or no norm. */
    public static String of(BigDecimal waarde, Norm norm) {
        if (waarde == null || norm == null) {
            return null;
        }
        BigDecimal groen = norm.norm();
        BigDecimal grens = norm.grens();
        return switch (norm.richting()) {
            case Norm.LAGER_BETER ->
                waarde.compareTo(groen) <= 0 ? GROEN : grens != null && waarde.compareTo(grens) <= 0 ? ORANJE : ROOD;
            case Norm.HOGER_BETER ->
                waarde.compareTo(groen) >= 0 ? GROEN : grens != null && waarde.compareTo(grens) >= 0 ? ORANJE : ROOD;
            case Norm.BINNEN_BAND ->
                waarde.compareTo(groen) >= 0 && (grens == null || waarde.compareTo(grens) <= 0) ? GROEN : ROOD;
            default -> throw new IllegalArgumentException("unknown richting '" + norm.richting() + "'");
        };
    }
}

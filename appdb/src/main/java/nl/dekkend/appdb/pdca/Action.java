package nl.dekkend.appdb.pdca;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of an improvement action; {@link Actions} returns the newest unless asked for history. */
public record Action(
        String id,
        String cyclus,
        String indicator,
        int versie,
        String omschrijving,
        String eigenaar,
        String gemeente,
        LocalDate deadline,
        String status,
        String evaluatie,
        String gewijzigdDoor,
        Instant gewijzigdOp,
        String aangemaaktDoor,
        Instant aangemaaktOp) {

    public static final String OPEN = "open";
    public static final String LOPEND = "lopend";
    public static final String AFGEROND = "afgerond";
    public static final String VERVALLEN = "vervallen";
    public static final List<String> STATUSSEN = List.of(OPEN, LOPEND, AFGEROND, VERVALLEN);

    /** Open or lopend: still to be done, carried over to the next cycle. */
    public boolean isOngoing() {
        return OPEN.equals(status) || LOPEND.equals(status);
    }

    /** Still to be done and past its deadline. */
    public boolean overdue(LocalDate today) {
        return isOngoing() && deadline.isBefore(today);
    }
}

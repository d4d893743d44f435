package nl.dekkend.dashboard.pdca;

import java.math.BigDecimal;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.StatusLabel;

/**
 * One figure of a cycle as a page shows it: the value, norm and status the cycle has (frozen when closed), and for a
 * closed cycle today's value with the difference when today's publication differs.
 */
public record FigureRow(
        String indicator,
        String naam,
        String link,
        String periode,
        String niveau,
        String gebied,
        String gebiedNaam,
        Cell waarde,
        String norm,
        StatusLabel status,
        String nu,
        String verschil,
        boolean gewijzigd,
        String trend,
        boolean analyse,
        int open,
        int overdue,
        Numbers getallen) {

    /**
     * The figures behind the texts, for the export: what the row shows (null where it shows none, as for a hidden
     * cell), today's value beside a closed cycle's, and how to format them.
     */
    public record Numbers(BigDecimal waarde, BigDecimal norm, BigDecimal nu, String eenheid, int decimalen) {}
}

package nl.dekkend.dashboard.pdca;

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
        int overdue) {}

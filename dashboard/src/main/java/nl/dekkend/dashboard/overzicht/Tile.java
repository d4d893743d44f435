package nl.dekkend.dashboard.overzicht;

import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.StatusLabel;

/** One tile: the latest value of an indicator, its period, norm and status, and the page that explains it. */
public record Tile(
        String indicator, String naam, Cell waarde, String periode, String norm, StatusLabel status, String link) {}

package nl.dekkend.dashboard.overzicht;

import java.util.List;

/** The tiles of one thema of the catalog. */
public record ThemaGroup(String titel, List<Tile> tiles) {

    public ThemaGroup {
        tiles = List.copyOf(tiles);
    }
}

package nl.dekkend.dashboard.overzicht;

import java.util.List;
import nl.dekkend.dashboard.thema.Thema;

/** The tiles of one thema of the catalog. */
public record ThemaGroup(Thema thema, List<Tile> tiles) {

    public ThemaGroup {
        tiles = List.copyOf(tiles);
    }
}

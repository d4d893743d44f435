package nl.dekkend.dashboard.thema;

import java.util.List;
import nl.dekkend.dashboard.serving.ServingReader;

/** Read-only queries of the theme pages and the navigation. */
public final class ThemaQueries {

    private final ServingReader reader;

    public ThemaQueries(ServingReader reader) {
        this.reader = reader;
    }

    /** The themes that have at least one indicator with figures, in navigation order. */
    public List<Thema> themesWithFigures() {
        return reader.list("thema/themes_with_figures", row -> row.getString("thema")).stream()
                .sorted(Thema.NAVIGATION_ORDER)
                .map(Thema::of)
                .toList();
    }
}

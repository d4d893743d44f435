package nl.dekkend.dashboard.layout;

import nl.dekkend.dashboard.publicatie.RefusedRuns;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.thema.ThemaQueries;

/** Builds the {@link Layout} of a page from the publication the request reads. */
public final class Layouts {

    private final RefusedRuns refused;

    public Layouts(RefusedRuns refused) {
        this.refused = refused;
    }

    public Layout of(ServingReader reader) {
        return new Layout(new ThemaQueries(reader).themesWithFigures(), refused.notice(reader));
    }
}

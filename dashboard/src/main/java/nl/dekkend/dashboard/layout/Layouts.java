package nl.dekkend.dashboard.layout;

import io.javalin.http.Context;
import java.util.List;
import nl.dekkend.dashboard.inloggen.Access;
import nl.dekkend.dashboard.publicatie.PublicationNotice;
import nl.dekkend.dashboard.publicatie.RefusedRuns;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.thema.ThemaQueries;
import nl.dekkend.dashboard.toegang.Viewer;

/** Builds the {@link Layout} of a page from the publication the request reads and the account that asks. */
public final class Layouts {

    private final RefusedRuns refused;

    public Layouts(RefusedRuns refused) {
        this.refused = refused;
    }

    public Layout of(ServingReader reader, Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        return new Layout(
                new ThemaQueries(reader).all(),
                refused.notice(reader),
                viewer.naam(),
                viewer.rol().code(),
                viewer.beheerder(),
                Access.csrf(ctx));
    }

    /** For pages that do not read the publication (the beheer pages). */
    public Layout withoutPublication(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        return new Layout(
                List.of(),
                PublicationNotice.NONE,
                viewer.naam(),
                viewer.rol().code(),
                viewer.beheerder(),
                Access.csrf(ctx));
    }
}

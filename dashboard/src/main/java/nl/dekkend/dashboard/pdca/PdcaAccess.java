package nl.dekkend.dashboard.pdca;

import io.javalin.http.ForbiddenResponse;
import java.util.List;
import nl.dekkend.appdb.Rol;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.dashboard.toegang.Viewer;

/**
 * Who may do what in the PDCA pages: the kwaliteitscommissie and the beheerder edit; the ledenraad and the analist
 * read everything; a gemeente (or bestuur) account reads the cycle within its scope and only the actions that name
 * one of its gemeenten. Figures pass the privacy layer like everywhere else.
 */
public final class PdcaAccess {

    private PdcaAccess() {}

    static boolean edits(Viewer viewer) {
        return viewer.rol() == Rol.KWALITEITSCOMMISSIE || viewer.rol() == Rol.BEHEERDER;
    }

    static void requireEdit(Viewer viewer) {
        if (!edits(viewer)) {
            throw new ForbiddenResponse();
        }
    }

    /** Whether the account reads every action, or only those naming its gemeenten. */
    static boolean seesAllActions(Viewer viewer) {
        return viewer.rol() != Rol.GEMEENTE && viewer.rol() != Rol.BESTUUR;
    }

    static boolean sees(Viewer viewer, Action action) {
        return seesAllActions(viewer)
                || (action.gemeente() != null && viewer.gemeenten().contains(action.gemeente()));
    }

    public static List<Action> visible(Viewer viewer, List<Action> actions) {
        return actions.stream().filter(a -> sees(viewer, a)).toList();
    }
}

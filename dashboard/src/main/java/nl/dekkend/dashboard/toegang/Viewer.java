package nl.dekkend.dashboard.toegang;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dekkend.appdb.Account;
import nl.dekkend.appdb.Rol;

/**
 * Who asks, and what that account may see: every area or only its own gemeenten or besturen (with the SWV totals),
 * exact or suppressed figures. Built from the account on every request, so a changed or removed account takes effect
 * at once.
 */
public record Viewer(String naam, Rol rol, Set<String> gemeenten, Set<String> besturen) {

    public Viewer {
        gemeenten = Set.copyOf(gemeenten);
        besturen = Set.copyOf(besturen);
    }

    /** The request attribute the access check sets. */
    public static final String ATTRIBUTE = "dekkend.viewer";

    /** The account of this request; the access check has set it on every route but the login and static files. */
    public static Viewer current(Context ctx) {
        Viewer viewer = ctx.attribute(ATTRIBUTE);
        if (viewer == null) {
            throw new UnauthorizedResponse();
        }
        return viewer;
    }

    public static Viewer of(Account account) {
        return new Viewer(
                account.naam(), account.rol(), Set.copyOf(account.gemeenten()), Set.copyOf(account.besturen()));
    }

    /** beheerder and analist see exact figures; every other role (and an unknown one) suppressed ones. */
    public boolean exact() {
        return rol == Rol.BEHEERDER || rol == Rol.ANALIST;
    }

    /** Accounts, audit log and pupil-level detail. */
    public boolean beheerder() {
        return rol == Rol.BEHEERDER;
    }

    /** Whether the account sees every area: not bound to its own gemeenten or besturen. */
    public boolean seesEveryArea() {
        return rol != Rol.GEMEENTE && rol != Rol.BESTUUR;
    }

    /**
     * The same account as a role that sees every area with suppressed figures, to learn which parts of a page exist
     * beyond the account's own areas (so a page can say so in words); never to show figures.
     */
    public Viewer everyArea() {
        return new Viewer(naam, Rol.LEDENRAAD, Set.of(), Set.of());
    }

    /** The account's own areas in words ({@code gemeente GM1724}, {@code besturen 41000 en 41001}); empty for every area. */
    public String ownAreas() {
        Set<String> codes = rol == Rol.GEMEENTE ? gemeenten : rol == Rol.BESTUUR ? besturen : Set.of();
        if (codes.isEmpty()) {
            return "";
        }
        List<String> sorted = codes.stream().sorted().toList();
        String soort = rol == Rol.GEMEENTE
                ? (sorted.size() == 1 ? "gemeente " : "gemeenten ")
                : (sorted.size() == 1 ? "bestuur " : "besturen ");
        String list = sorted.size() == 1
                ? sorted.get(0)
                : String.join(", ", sorted.subList(0, sorted.size() - 1)) + " en " + sorted.get(sorted.size() - 1);
        return soort + list;
    }

    /** The levels this account may see at all, in the fixed order. */
    public List<String> levels() {
        return switch (rol) {
            case BEHEERDER, ANALIST, KWALITEITSCOMMISSIE, LEDENRAAD ->
                List.of("swv", "stadsdeel", "wijk", "gemeente", "bestuur", "vestiging");
            case GEMEENTE ->
                gemeenten.isEmpty() ? List.of("swv") : List.of("swv", "stadsdeel", "wijk", "gemeente", "vestiging");
            case BESTUUR -> besturen.isEmpty() ? List.of("swv") : List.of("swv", "bestuur", "vestiging");
        };
    }

    /**
     * Whether this account may see the area: every SWV total; for a gemeente account the areas in its gemeenten, for
     * a bestuur account its besturen and their vestigingen. An area the hierarchy does not know is hidden from both.
     */
    public boolean sees(String niveau, String gebied, Hierarchy hierarchy) {
        if (!levels().contains(niveau)) {
            return false;
        }
        if ("swv".equals(niveau)
                || rol == Rol.BEHEERDER
                || rol == Rol.ANALIST
                || rol == Rol.KWALITEITSCOMMISSIE
                || rol == Rol.LEDENRAAD) {
            return true;
        }
        Optional<Place> place = hierarchy.place(niveau, gebied);
        return switch (rol) {
            case GEMEENTE ->
                place.map(p -> p.gemeente() != null && gemeenten.contains(p.gemeente()))
                        .orElse(false);
            case BESTUUR ->
                place.map(p -> p.bestuur() != null && besturen.contains(p.bestuur()))
                        .orElse(false);
            default -> false;
        };
    }
}

package nl.dekkend.appdb;

import java.util.List;
import java.util.Objects;

/**
 * An account: its role, and for the roles bound to an area the gemeente codes ({@code GM0034}) or
 * bevoegd-gezagnummers ({@code 41234}) it is bound to (sorted; empty for the other roles).
 */
public record Account(long id, String naam, Rol rol, List<String> gemeenten, List<String> besturen) {

    public Account {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(rol, "rol");
        gemeenten = List.copyOf(gemeenten);
        besturen = List.copyOf(besturen);
    }
}

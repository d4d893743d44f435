package nl.dekkend.appdb;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The role of an account; one per account. What each role may see is the dashboard's concern. */
public enum Rol {
    BEHEERDER,
    ANALIST,
    KWALITEITSCOMMISSIE,
    LEDENRAAD,
    GEMEENTE,
    BESTUUR;

    /** The role as users type and the database keeps it, e.g. {@code gemeente}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Rol parse(String code) {
        for (Rol rol : values()) {
            if (rol.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return rol;
            }
        }
        throw new IllegalArgumentException("Onbekende rol: '" + code + "' (kies uit "
                + Arrays.stream(values()).map(Rol::code).collect(Collectors.joining(", ")) + ").");
    }
}

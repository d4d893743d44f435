package nl.dekkend.app;

import java.io.PrintWriter;
import java.util.List;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.Actor;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Rol;

/**
 * One demo account per role, named after its role, with the fixed password {@code demo-<rol>} (the demo
 * is fictitious data on this computer only). The gemeente account sees Lindewaard (GM9901), the bestuur
 * account the first board of the demo generator (99101); both are in the demo SWV. A second demo run
 * resets the passwords.
 */
final class DemoAccounts {

    static final String GEMEENTE = "GM9901";
    static final String BESTUUR = "99101";

    private DemoAccounts() {}

    static void create(AppDatabase db, PrintWriter out) {
        Accounts accounts = new Accounts(db, new Actor("demo", "opdrachtregel"));
        out.println("Demo-accounts (naam / wachtwoord):");
        for (Rol rol : Rol.values()) {
            String naam = rol.code();
            char[] wachtwoord = password(rol).toCharArray();
            if (accounts.find(naam).isPresent()) {
                accounts.passwd(naam, wachtwoord);
            } else {
                accounts.add(
                        naam,
                        rol,
                        rol == Rol.GEMEENTE ? List.of(GEMEENTE) : List.of(),
                        rol == Rol.BESTUUR ? List.of(BESTUUR) : List.of(),
                        wachtwoord);
            }
            String scope =
                    rol == Rol.GEMEENTE ? "  (" + GEMEENTE + ")" : rol == Rol.BESTUUR ? "  (" + BESTUUR + ")" : "";
            out.println("  " + naam + " / " + password(rol) + scope);
        }
    }

    static String password(Rol rol) {
        return "demo-" + rol.code();
    }
}

package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import nl.dekkend.appdb.Account;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Rol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAccountsTest {

    @Test
    void oneAccountPerRoleWithItsPrintedPasswordAndAgainOnASecondRun(@TempDir Path home) {
        try (AppDatabase db = AppDatabase.open(AppDatabase.defaultUrl(home))) {
            check(db);
        }
    }

    private static void check(AppDatabase db) {
        StringWriter out = new StringWriter();

        DemoAccounts.create(db, new PrintWriter(out, true));
        DemoAccounts.create(db, new PrintWriter(new StringWriter(), true));

        assertThat(out.toString())
                .isEqualTo("Demo-accounts (naam / wachtwoord):\n"
                        + "  beheerder / demo-beheerder\n"
                        + "  analist / demo-analist\n"
                        + "  kwaliteitscommissie / demo-kwaliteitscommissie\n"
                        + "  ledenraad / demo-ledenraad\n"
                        + "  gemeente / demo-gemeente  (GM9901)\n"
                        + "  bestuur / demo-bestuur  (99101)\n");
        Accounts accounts = new Accounts(db);
        assertThat(accounts.list()).hasSize(6);
        for (Rol rol : Rol.values()) {
            Account account = accounts.verify(rol.code(), ("demo-" + rol.code()).toCharArray())
                    .orElseThrow();
            assertThat(account.rol()).isEqualTo(rol);
        }
        assertThat(accounts.find("gemeente").orElseThrow().gemeenten()).containsExactly("GM9901");
        assertThat(accounts.find("bestuur").orElseThrow().besturen()).containsExactly("99101");
    }
}

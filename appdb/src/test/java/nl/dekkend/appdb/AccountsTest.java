package nl.dekkend.appdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountsTest {

    static final char[] WACHTWOORD = "lang-genoeg-wachtwoord".toCharArray();

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void addFindListRemove(Dialect dialect) {
        Accounts accounts = new Accounts(databases.open(dialect));

        Account gemeente =
                accounts.add("utrecht", Rol.GEMEENTE, List.of("344", "GM0034", "gm34"), List.of(), WACHTWOORD);
        accounts.add("bestuur-1", Rol.BESTUUR, List.of(), List.of("41234", "10000"), WACHTWOORD);
        accounts.add("anna", Rol.ANALIST, List.of(), List.of(), WACHTWOORD);

        assertThat(gemeente.gemeenten()).containsExactly("GM0034", "GM0344");
        assertThat(accounts.find("utrecht")).contains(gemeente);
        assertThat(accounts.find("bestuur-1").orElseThrow().besturen()).containsExactly("10000", "41234");
        assertThat(accounts.find("niemand")).isEmpty();
        assertThat(accounts.list()).extracting(Account::naam).containsExactly("anna", "bestuur-1", "utrecht");
        assertThat(accounts.list()).extracting(Account::rol).containsExactly(Rol.ANALIST, Rol.BESTUUR, Rol.GEMEENTE);

        accounts.remove("utrecht");

        assertThat(accounts.find("utrecht")).isEmpty();
        assertThat(accounts.list()).extracting(Account::naam).containsExactly("anna", "bestuur-1");
        assertThatThrownBy(() -> accounts.remove("utrecht")).hasMessage("Er is geen account met de naam 'utrecht'.");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void verifyAcceptsThePasswordAndPasswdChangesIt(Dialect dialect) {
        Accounts accounts = new Accounts(databases.open(dialect));
        accounts.add("kc", Rol.KWALITEITSCOMMISSIE, List.of(), List.of(), WACHTWOORD);

        assertThat(accounts.verify("kc", WACHTWOORD)).map(Account::naam).contains("kc");
        assertThat(accounts.verify("kc", "fout-wachtwoord-123".toCharArray())).isEmpty();
        assertThat(accounts.verify("onbekend", WACHTWOORD)).isEmpty();

        accounts.passwd("kc", "nieuw-wachtwoord-456".toCharArray());

        assertThat(accounts.verify("kc", WACHTWOORD)).isEmpty();
        assertThat(accounts.verify("kc", "nieuw-wachtwoord-456".toCharArray())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theStoredPasswordIsAnArgon2idHash(Dialect dialect) throws Exception {
        AppDatabase db = databases.open(dialect);
        new Accounts(db).add("beheer", Rol.BEHEERDER, List.of(), List.of(), WACHTWOORD);

        String stored = db.withConnection(connection -> {
            try (var rows = connection.createStatement().executeQuery("select wachtwoord_hash from account")) {
                rows.next();
                return rows.getString(1);
            }
        });

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("lang-genoeg");
        assertThat(Passwords.verify(WACHTWOORD, stored)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusesBadInputWithDutchMessages(Dialect dialect) {
        Accounts accounts = new Accounts(databases.open(dialect));
        accounts.add("anna", Rol.ANALIST, List.of(), List.of(), WACHTWOORD);

        assertThatThrownBy(() -> accounts.add("anna", Rol.LEDENRAAD, List.of(), List.of(), WACHTWOORD))
                .hasMessage("Er bestaat al een account met de naam 'anna'.");
        assertThatThrownBy(() -> accounts.add("gm", Rol.GEMEENTE, List.of(), List.of(), WACHTWOORD))
                .hasMessage("De rol gemeente vraagt minstens één gemeentecode (bijvoorbeeld GM0034).");
        assertThatThrownBy(() -> accounts.add("bg", Rol.BESTUUR, List.of(), List.of(), WACHTWOORD))
                .hasMessage("De rol bestuur vraagt minstens één bevoegd-gezagnummer (bijvoorbeeld 41234).");
        assertThatThrownBy(() -> accounts.add("lr", Rol.LEDENRAAD, List.of("GM0034"), List.of(), WACHTWOORD))
                .hasMessage("De rol ledenraad ziet alle gebieden en hoort niet bij een gemeente of bestuur.");
        assertThatThrownBy(() -> accounts.add("gm", Rol.GEMEENTE, List.of("GM00345"), List.of(), WACHTWOORD))
                .hasMessageStartingWith("Ongeldige gemeentecode: 'GM00345'");
        assertThatThrownBy(() -> accounts.add("bg", Rol.BESTUUR, List.of(), List.of("4123"), WACHTWOORD))
                .hasMessageStartingWith("Ongeldig bestuursnummer: '4123'");
        assertThatThrownBy(() -> accounts.add("kort", Rol.ANALIST, List.of(), List.of(), "kort".toCharArray()))
                .hasMessage("Het wachtwoord moet minstens 12 tekens hebben.");
        assertThatThrownBy(() -> accounts.add("met spatie", Rol.ANALIST, List.of(), List.of(), WACHTWOORD))
                .hasMessageStartingWith("Ongeldige accountnaam: 'met spatie'");
        assertThat(accounts.list()).extracting(Account::naam).containsExactly("anna");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyChangeIsInTheAuditLogInTheNameOfTheActor(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        Accounts accounts = new Accounts(db, new Actor("beheer", "10.0.0.7"));

        accounts.add("utrecht", Rol.GEMEENTE, List.of("34"), List.of(), WACHTWOORD);
        accounts.passwd("utrecht", "nieuw-wachtwoord-456".toCharArray());
        accounts.remove("utrecht");

        assertThat(new AuditLog(db).list(AuditFilter.alles()))
                .extracting(AuditEntry::gebruiker, AuditEntry::actie, AuditEntry::onderwerp, AuditEntry::adres)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "beheer",
                                "account_verwijderd",
                                "account utrecht, rol gemeente, gemeente GM0034",
                                "10.0.0.7"),
                        org.assertj.core.groups.Tuple.tuple(
                                "beheer", "wachtwoord_gewijzigd", "account utrecht", "10.0.0.7"),
                        org.assertj.core.groups.Tuple.tuple(
                                "beheer",
                                "account_toegevoegd",
                                "account utrecht, rol gemeente, gemeente GM0034",
                                "10.0.0.7"));
    }
}

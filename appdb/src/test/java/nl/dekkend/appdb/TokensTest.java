package nl.dekkend.appdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TokensTest {

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aTokenCarriesItsAccountUntilRevoked(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        new Accounts(db).add("utrecht", Rol.GEMEENTE, List.of("34"), List.of(), AccountsTest.WACHTWOORD);
        Tokens tokens = new Tokens(db, new Actor("beheer", "opdrachtregel"));

        String token = tokens.add("utrecht", "script van de gemeente");

        assertThat(token).startsWith("dekkend_");
        assertThat(Base64.getUrlDecoder().decode(token.substring("dekkend_".length())))
                .hasSize(32);
        Account account = tokens.verify(token).orElseThrow();
        assertThat(account.naam()).isEqualTo("utrecht");
        assertThat(account.gemeenten()).containsExactly("GM0034");
        assertThat(tokens.verify(token + "x")).isEmpty();
        assertThat(tokens.verify("dekkend_" + "A".repeat(43))).isEmpty();

        TokenInfo info = tokens.list().get(0);
        assertThat(info.accountNaam()).isEqualTo("utrecht");
        assertThat(info.omschrijving()).isEqualTo("script van de gemeente");
        assertThat(info.actief()).isTrue();

        tokens.revoke(info.id());

        assertThat(tokens.verify(token)).isEmpty();
        assertThat(tokens.list().get(0).actief()).isFalse();
        assertThatThrownBy(() -> tokens.revoke(info.id())).hasMessage("Token " + info.id() + " is al ingetrokken.");
        assertThatThrownBy(() -> tokens.revoke(999)).hasMessage("Er is geen token met nummer 999.");
        assertThat(new AuditLog(db).list(AuditFilter.alles().gebruiker("beheer")))
                .extracting(AuditEntry::actie)
                .containsExactly("token_ingetrokken", "token_uitgegeven");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyTheHashIsStored(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        new Accounts(db).add("anna", Rol.ANALIST, List.of(), List.of(), AccountsTest.WACHTWOORD);

        String token = new Tokens(db).add("anna", null);

        String stored = db.withConnection(connection -> {
            try (var rows = connection.createStatement().executeQuery("select token_hash from api_token")) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertThat(stored).hasSize(64).isEqualTo(Tokens.sha256(token)).doesNotContain(token.substring(8));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void removingTheAccountEndsItsTokens(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        Accounts accounts = new Accounts(db);
        accounts.add("anna", Rol.ANALIST, List.of(), List.of(), AccountsTest.WACHTWOORD);
        Tokens tokens = new Tokens(db);
        String token = tokens.add("anna", "x");

        accounts.remove("anna");

        assertThat(tokens.verify(token)).isEmpty();
        assertThat(tokens.list()).isEmpty();
        assertThatThrownBy(() -> tokens.add("anna", "x")).hasMessage("Er is geen account met de naam 'anna'.");
    }
}

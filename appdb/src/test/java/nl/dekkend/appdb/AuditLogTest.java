package nl.dekkend.appdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditLogTest {

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void listsNewestFirstWithFilters(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        AuditLog audit = new AuditLog(db);
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        audit.append("anna", AuditLog.INLOGGEN, null, "127.0.0.1");
        audit.append("bert", AuditLog.INLOGGEN_MISLUKT, null, "10.0.0.2");
        audit.append("anna", AuditLog.DETAIL_BEKEKEN, "quarantaine van tlv/2024.csv", "127.0.0.1");
        Instant after = Instant.now().plus(1, ChronoUnit.SECONDS);

        assertThat(audit.list(AuditFilter.alles()))
                .extracting(AuditEntry::actie)
                .containsExactly("detail_bekeken", "inloggen_mislukt", "inloggen");
        assertThat(audit.list(AuditFilter.alles().gebruiker("anna")))
                .extracting(AuditEntry::onderwerp)
                .containsExactly("quarantaine van tlv/2024.csv", null);
        assertThat(audit.list(AuditFilter.alles().actie(AuditLog.INLOGGEN_MISLUKT)))
                .extracting(AuditEntry::gebruiker, AuditEntry::adres)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bert", "10.0.0.2"));
        assertThat(audit.list(AuditFilter.alles().limit(2))).hasSize(2);
        assertThat(audit.list(AuditFilter.alles().van(before).tot(after))).hasSize(3);
        assertThat(audit.list(AuditFilter.alles().van(after))).isEmpty();
        assertThat(audit.list(AuditFilter.alles().tot(before))).isEmpty();
        AuditEntry first = audit.list(AuditFilter.alles()).get(2);
        assertThat(first.tijdstip()).isBetween(before, after);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aLineWithoutAUserNameIsKeptAsUnknown(Dialect dialect) {
        AuditLog audit = new AuditLog(databases.open(dialect));

        audit.append(" ", AuditLog.INLOGGEN_MISLUKT, null, "10.0.0.9");

        assertThat(audit.list(AuditFilter.alles().gebruiker("(onbekend)")))
                .extracting(AuditEntry::actie)
                .containsExactly("inloggen_mislukt");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theDatabaseRefusesAnUpdateOrDelete(Dialect dialect) {
        AppDatabase db = databases.open(dialect);
        new AuditLog(db).append("anna", AuditLog.INLOGGEN, null, "127.0.0.1");

        for (String sql : new String[] {
            "update audit_log set gebruiker = 'iemand anders'", "delete from audit_log where gebruiker = 'anna'"
        }) {
            assertThatThrownBy(() -> db.inTransaction(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            return statement.executeUpdate(sql);
                        }
                    }))
                    .as(sql)
                    .isInstanceOf(AppDatabaseException.class)
                    .hasMessageContaining("audit_log is append-only");
        }
        assertThat(new AuditLog(db).list(AuditFilter.alles()))
                .extracting(AuditEntry::gebruiker)
                .containsExactly("anna");
    }
}

package nl.dekkend.appdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AppDatabaseTest {

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @Test
    void defaultUrlIsASqliteFileInTheAppFolderOfTheHome(@TempDir Path home) {
        String url = AppDatabase.defaultUrl(home);

        assertThat(url).isEqualTo("jdbc:sqlite:" + home.toAbsolutePath().resolve("app/dekkend.db"));
        assertThat(Files.isDirectory(home.resolve("app"))).isTrue();
    }

    @Test
    void sqliteRunsInWalModeWithForeignKeysAndABusyTimeout() throws Exception {
        AppDatabase db = databases.open(Dialect.SQLITE);

        try (Connection connection = db.connection();
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "pragma journal_mode")).isEqualTo("wal");
            assertThat(single(statement, "pragma foreign_keys")).isEqualTo("1");
            assertThat(single(statement, "pragma busy_timeout")).isEqualTo("10000");
        }
        assertThat(db.isPostgres()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void openMigratesToTheLatestVersionAndReopensWithoutChange(Dialect dialect) {
        String url = databases.url(dialect);
        AppDatabase first = databases.track(AppDatabase.open(url));
        AppDatabase second = databases.track(AppDatabase.open(url));

        assertThat(first.schemaVersion()).isEqualTo("023");
        assertThat(second.schemaVersion()).isEqualTo("023");
        assertThat(second.isPostgres()).isEqualTo(dialect == Dialect.POSTGRESQL);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aForeignKeyIsEnforced(Dialect dialect) {
        AppDatabase db = databases.open(dialect);

        assertThatThrownBy(() -> db.inTransaction(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        return statement.executeUpdate(
                                "insert into account_gemeente (account_id, gemeente) values (999, 'GM0034')");
                    }
                }))
                .isInstanceOf(AppDatabaseException.class);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void inTransactionRollsBackWhenTheWorkThrows(Dialect dialect) {
        AppDatabase db = databases.open(dialect);

        assertThatThrownBy(() -> db.inTransaction(connection -> {
                    new AuditLog(db).append(connection, "anna", "test", null, null);
                    throw new IllegalArgumentException("halverwege mis");
                }))
                .hasMessage("halverwege mis");
        assertThat(new AuditLog(db).list(AuditFilter.alles())).isEmpty();
    }

    @Test
    void anUnknownKindOfUrlIsRefusedInDutch() {
        assertThatThrownBy(() -> AppDatabase.open("jdbc:mysql://localhost/x"))
                .hasMessageContaining("Onbekende database-URL");
    }

    @Test
    void safeUrlHidesThePassword() {
        AppDatabase db = databases.open(Dialect.SQLITE);
        assertThat(db.safeUrl()).doesNotContain("password");
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}

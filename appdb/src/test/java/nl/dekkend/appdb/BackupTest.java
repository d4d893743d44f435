package nl.dekkend.appdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupTest {

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SQLITE, SQLITE", "SQLITE, POSTGRESQL", "POSTGRESQL, SQLITE", "POSTGRESQL, POSTGRESQL"})
    void restoreGivesTheSameDataInAnEmptyDatabase(Dialect from, Dialect to) throws Exception {
        AppDatabase source = databases.open(from);
        String token = fill(source);
        Path backup = dir.resolve("backup.zip");
        Backup.export(source, backup);

        AppDatabase target = databases.open(to);
        Backup.restore(target, backup);

        Path again = dir.resolve("again.zip");
        Backup.export(target, again);
        assertThat(tables(again)).isEqualTo(tables(backup));
        assertThat(new Accounts(target).list()).isEqualTo(new Accounts(source).list());
        assertThat(new AuditLog(target).list(AuditFilter.alles()))
                .isEqualTo(new AuditLog(source).list(AuditFilter.alles()));
        assertThat(new Tokens(target).list()).isEqualTo(new Tokens(source).list());
        assertThat(new Accounts(target).verify("utrecht", AccountsTest.WACHTWOORD))
                .map(Account::gemeenten)
                .contains(List.of("GM0034", "GM0344"));
        assertThat(new Tokens(target).verify(token)).map(Account::naam).contains("anna");
        // identities continue after the restored ids, and the audit log stays append-only
        Account next = new Accounts(target).add("nieuw", Rol.LEDENRAAD, List.of(), List.of(), AccountsTest.WACHTWOORD);
        assertThat(next.id()).isEqualTo(4);
        assertThatThrownBy(() -> target.inTransaction(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        return statement.executeUpdate("delete from audit_log");
                    }
                }))
                .hasMessageContaining("append-only");
    }

    @Test
    void theBackupHoldsEveryTableWithItsRowsAndTheSchemaVersion() throws Exception {
        AppDatabase source = databases.open(Dialect.SQLITE);
        fill(source);
        Path backup = dir.resolve("backup.zip");

        Backup.export(source, backup);

        Map<String, String> entries = tables(backup);
        assertThat(entries.keySet())
                .containsExactly(
                        "backup.json",
                        "tabellen/account.json",
                        "tabellen/account_bestuur.json",
                        "tabellen/account_gemeente.json",
                        "tabellen/actie.json",
                        "tabellen/actie_versie.json",
                        "tabellen/api_token.json",
                        "tabellen/audit_log.json",
                        "tabellen/cyclus.json",
                        "tabellen/cyclus_analyse.json",
                        "tabellen/cyclus_bron_versie.json",
                        "tabellen/cyclus_waarde.json",
                        "tabellen/norm.json",
                        "tabellen/norm_wijziging.json",
                        "tabellen/planperiode.json");
        assertThat(entries.get("tabellen/account_gemeente.json"))
                .isEqualTo("{\"kolommen\":[\"account_id\",\"gemeente\"],\"rijen\":[[1,\"GM0034\"],[1,\"GM0344\"]]}");
        String meta = read(backup, "backup.json");
        assertThat(meta)
                .contains("\"schema_versie\" : \"023\"")
                .contains("\"naam\" : \"account\",\n    \"rijen\" : 3")
                .contains("\"naam\" : \"audit_log\",\n    \"rijen\" : 7");
        assertThat(meta.indexOf("\"account\"")).isLessThan(meta.indexOf("\"account_gemeente\""));
    }

    /** A table a later migration adds is in the backup without a change to Backup. */
    @Test
    void aTableAddedLaterIsIncluded() throws Exception {
        AppDatabase source = databases.open(Dialect.SQLITE);
        source.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table later_toegevoegd (code varchar(10) primary key, aantal integer)");
                return statement.executeUpdate("insert into later_toegevoegd values ('a', 5), ('b', null)");
            }
        });
        Path backup = dir.resolve("backup.zip");

        Backup.export(source, backup);

        assertThat(read(backup, "tabellen/later_toegevoegd.json"))
                .isEqualTo("{\"kolommen\":[\"code\",\"aantal\"],\"rijen\":[[\"a\",5],[\"b\",null]]}");
    }

    @Test
    void refusesToRestoreIntoADatabaseWithData() {
        AppDatabase source = databases.open(Dialect.SQLITE);
        fill(source);
        Path backup = dir.resolve("backup.zip");
        Backup.export(source, backup);

        assertThatThrownBy(() -> Backup.restore(source, backup))
                .hasMessage("Herstellen kan alleen in een lege app-database: tabel account heeft al 3 rijen.");
    }

    @Test
    void refusesAFileThatIsNoBackup() throws IOException {
        Path other = dir.resolve("ander.zip");
        try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("iets.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> Backup.restore(databases.open(Dialect.SQLITE), other))
                .hasMessage("Dit is geen back-up van de Dekkend app-database: " + other);
    }

    /** Three accounts (one removed before), a token, a revoked token; returns the active token. */
    static String fill(AppDatabase db) {
        Accounts accounts = new Accounts(db, new Actor("beheer", "opdrachtregel"));
        accounts.add("utrecht", Rol.GEMEENTE, List.of("34", "344"), List.of(), AccountsTest.WACHTWOORD);
        accounts.add("anna", Rol.ANALIST, List.of(), List.of(), AccountsTest.WACHTWOORD);
        accounts.add("bestuur", Rol.BESTUUR, List.of(), List.of("41234"), AccountsTest.WACHTWOORD);
        Tokens tokens = new Tokens(db, new Actor("beheer", "opdrachtregel"));
        String token = tokens.add("anna", "notebook");
        tokens.revoke(tokens.list().get(0).id());
        String active = tokens.add("anna", "script");
        new AuditLog(db).append("anna", AuditLog.INLOGGEN, null, "127.0.0.1");
        return active;
    }

    static Map<String, String> tables(Path zip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                if (!entry.getName().equals("backup.json")) {
                    entries.put(entry.getName(), read(zip, entry.getName()));
                } else {
                    entries.put(entry.getName(), "");
                }
            }
        }
        return entries;
    }

    static String read(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile());
                InputStream stream = file.getInputStream(file.getEntry(name))) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

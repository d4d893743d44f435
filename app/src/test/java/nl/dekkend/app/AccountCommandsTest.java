package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.AuditEntry;
import nl.dekkend.appdb.AuditFilter;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.appdb.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dekkend user|token|backup|restore} as an operator types them, on a temporary home. */
class AccountCommandsTest {

    @TempDir
    Path dir;

    private final InputStream stdin = System.in;
    private final List<AppDatabase> opened = new java.util.ArrayList<>();

    record Output(int exitCode, String out, String err) {}

    @AfterEach
    void restoreStdinAndClose() {
        System.setIn(stdin);
        opened.forEach(AppDatabase::close);
    }

    private AppDatabase open(String url) {
        AppDatabase db = AppDatabase.open(url);
        opened.add(db);
        return db;
    }

    /** Runs {@code dekkend args} with {@code input} on standard input. */
    static Output dekkend(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Output(code, out.toString(), err.toString());
    }

    @Test
    void userAddListPasswdRemoveWithAPipedPassword() {
        String home = dir.resolve("home").toString();

        Output add = dekkend(
                "geheim-wachtwoord-1\n",
                "user",
                "add",
                "utrecht",
                "--rol",
                "gemeente",
                "--gemeente",
                "34",
                "--gemeente",
                "GM0344",
                "--home",
                home);
        Output bestuur = dekkend(
                "geheim-wachtwoord-2\r\n",
                "user",
                "add",
                "scholen",
                "--rol",
                "bestuur",
                "--bestuur",
                "41234",
                "--home",
                home);
        Output list = dekkend("", "user", "list", "--home", home);

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo("Account utrecht toegevoegd met rol gemeente voor GM0034, GM0344.\n");
        assertThat(bestuur.exitCode()).as(bestuur.err()).isZero();
        assertThat(list.out())
                .isEqualTo("naam;rol;gemeenten;besturen\nscholen;bestuur;;41234\nutrecht;gemeente;GM0034 GM0344;\n");
        AppDatabase db = open(AppDatabase.defaultUrl(Path.of(home)));
        assertThat(Files.exists(Path.of(home, "app", "dekkend.db"))).isTrue();
        assertThat(new Accounts(db).verify("utrecht", "geheim-wachtwoord-1".toCharArray()))
                .isPresent();
        assertThat(new Accounts(db).verify("scholen", "geheim-wachtwoord-2".toCharArray()))
                .isPresent();

        Output passwd = dekkend("nieuw-wachtwoord-3\n", "user", "passwd", "utrecht", "--home", home);

        assertThat(passwd.out()).isEqualTo("Wachtwoord van utrecht gewijzigd.\n");
        assertThat(new Accounts(db).verify("utrecht", "geheim-wachtwoord-1".toCharArray()))
                .isEmpty();
        assertThat(new Accounts(db).verify("utrecht", "nieuw-wachtwoord-3".toCharArray()))
                .isPresent();

        Output remove = dekkend("", "user", "remove", "utrecht", "--home", home);

        assertThat(remove.out()).isEqualTo("Account utrecht verwijderd.\n");
        assertThat(dekkend("", "user", "list", "--home", home).out())
                .isEqualTo("naam;rol;gemeenten;besturen\nscholen;bestuur;;41234\n");
        assertThat(new AuditLog(db).list(AuditFilter.alles()))
                .extracting(AuditEntry::actie)
                .containsExactly(
                        "account_verwijderd", "wachtwoord_gewijzigd", "account_toegevoegd", "account_toegevoegd");
        assertThat(new AuditLog(db).list(AuditFilter.alles())).allSatisfy(entry -> {
            assertThat(entry.gebruiker()).isEqualTo(System.getProperty("user.name"));
            assertThat(entry.adres()).isEqualTo("opdrachtregel");
        });
    }

    @Test
    void badInputGetsADutchMessageAndExitCodeTwo() {
        String home = dir.resolve("home").toString();

        Output noGemeente = dekkend("geheim-wachtwoord-1\n", "user", "add", "g", "--rol", "gemeente", "--home", home);
        Output unknownRol = dekkend("geheim-wachtwoord-1\n", "user", "add", "x", "--rol", "admin", "--home", home);
        Output gemeenteForAnalist = dekkend(
                "geheim-wachtwoord-1\n", "user", "add", "a", "--rol", "analist", "--gemeente", "34", "--home", home);
        Output shortPassword = dekkend("kort\n", "user", "add", "a", "--rol", "analist", "--home", home);
        Output noPassword = dekkend("", "user", "add", "a", "--rol", "analist", "--home", home);
        Output unknownUser = dekkend("", "user", "remove", "niemand", "--home", home);
        Output noBestuur = dekkend("geheim-wachtwoord-1\n", "user", "add", "b", "--rol", "bestuur", "--home", home);

        assertThat(noGemeente.exitCode()).isEqualTo(2);
        assertThat(noGemeente.err())
                .isEqualTo("Fout: De rol gemeente vraagt minstens één gemeentecode (bijvoorbeeld GM0034).\n");
        assertThat(unknownRol.err())
                .isEqualTo("Fout: Onbekende rol: 'admin' (kies uit beheerder, analist, kwaliteitscommissie, ledenraad,"
                        + " gemeente, bestuur).\n");
        assertThat(gemeenteForAnalist.err())
                .isEqualTo("Fout: De rol analist ziet alle gebieden en hoort niet bij een gemeente of bestuur.\n");
        assertThat(shortPassword.err()).isEqualTo("Fout: Het wachtwoord moet minstens 12 tekens hebben.\n");
        assertThat(noPassword.err()).startsWith("Fout: Geen wachtwoord op standaardinvoer");
        assertThat(unknownUser.err()).isEqualTo("Fout: Er is geen account met de naam 'niemand'.\n");
        assertThat(noBestuur.err())
                .isEqualTo("Fout: De rol bestuur vraagt minstens één bevoegd-gezagnummer (bijvoorbeeld 41234).\n");
        assertThat(dekkend("", "user", "list", "--home", home).out()).isEqualTo("naam;rol;gemeenten;besturen\n");
    }

    @Test
    void tokenAddPrintsTheTokenOnceAndRevokeEndsIt() {
        String home = dir.resolve("home").toString();
        dekkend("geheim-wachtwoord-1\n", "user", "add", "anna", "--rol", "analist", "--home", home);

        Output add = dekkend("", "token", "add", "anna", "--omschrijving", "notebook", "--home", home);

        assertThat(add.exitCode()).as(add.err()).isZero();
        String token = add.out().strip();
        assertThat(token).matches("dekkend_[A-Za-z0-9_-]{43}");
        assertThat(add.err()).contains("wordt niet opnieuw getoond");
        AppDatabase db = open(AppDatabase.defaultUrl(Path.of(home)));
        assertThat(new Tokens(db).verify(token).orElseThrow().naam()).isEqualTo("anna");
        Output list = dekkend("", "token", "list", "--home", home);
        assertThat(list.out())
                .startsWith("nummer;account;omschrijving;aangemaakt_op;ingetrokken_op\n1;anna;notebook;")
                .doesNotContain(token)
                .endsWith("Z;\n");

        Output revoke = dekkend("", "token", "revoke", "1", "--home", home);

        assertThat(revoke.out()).isEqualTo("Token 1 ingetrokken.\n");
        assertThat(new Tokens(db).verify(token)).isEmpty();
        assertThat(new AuditLog(db).list(AuditFilter.alles()))
                .extracting(AuditEntry::actie)
                .containsExactly("token_ingetrokken", "token_uitgegeven", "account_toegevoegd");
        assertThat(dekkend("", "token", "add", "bert", "--home", home).err())
                .isEqualTo("Fout: Er is geen account met de naam 'bert'.\n");
    }

    @Test
    void backupThenRestoreIntoANewHomeGivesTheSameAccounts() {
        String home = dir.resolve("home").toString();
        String other = dir.resolve("other").toString();
        dekkend(
                "geheim-wachtwoord-1\n",
                "user",
                "add",
                "utrecht",
                "--rol",
                "gemeente",
                "--gemeente",
                "34",
                "--home",
                home);
        dekkend("geheim-wachtwoord-2\n", "user", "add", "beheer", "--rol", "beheerder", "--home", home);
        String file = dir.resolve("app.zip").toString();

        Output backup = dekkend("", "backup", "--home", home, "--out", file);
        Output restore = dekkend("", "restore", "--home", other, "--in", file);

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Back-up " + file + " teruggezet in jdbc:sqlite:");
        assertThat(dekkend("", "user", "list", "--home", other).out())
                .isEqualTo(dekkend("", "user", "list", "--home", home).out())
                .isEqualTo("naam;rol;gemeenten;besturen\nbeheer;beheerder;;\nutrecht;gemeente;GM0034;\n");
        AppDatabase restored = open(AppDatabase.defaultUrl(Path.of(other)));
        assertThat(new Accounts(restored).verify("utrecht", "geheim-wachtwoord-1".toCharArray()))
                .isPresent();
        assertThat(new AuditLog(restored).list(AuditFilter.alles()))
                .extracting(AuditEntry::actie)
                .containsExactly("herstel", "backup", "account_toegevoegd", "account_toegevoegd");

        Output again = dekkend("", "restore", "--home", other, "--in", file);

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err())
                .isEqualTo("Fout: Herstellen kan alleen in een lege app-database: tabel account heeft al 2 rijen.\n");
    }

    @Test
    void theDbOptionChoosesTheDatabaseBeforeOrAfterTheCommand() {
        String home = dir.resolve("home").toString();
        String url = "jdbc:sqlite:" + dir.resolve("elders.db");

        dekkend("geheim-wachtwoord-1\n", "--db", url, "user", "add", "anna", "--rol", "analist", "--home", home);
        dekkend("geheim-wachtwoord-2\n", "user", "add", "bert", "--rol", "ledenraad", "--home", home, "--db", url);

        assertThat(Files.exists(Path.of(home, "app", "dekkend.db"))).isFalse();
        assertThat(new Accounts(open(url)).list()).extracting(a -> a.naam()).containsExactly("anna", "bert");
        assertThat(Main.commandLine().getUsageMessage()).contains("--db=URL", "DEKKEND_DB");
    }

    /** SQLite home → PostgreSQL through --db, as a hosted deployment would move its data. */
    @Test
    void restoreIntoPostgresql() throws Exception {
        String server = System.getenv("DEKKEND_TEST_PG_URL");
        if (server == null || server.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true, but DEKKEND_TEST_PG_URL names no PostgreSQL server");
            }
            Assumptions.abort("no PostgreSQL server (set DEKKEND_TEST_PG_URL)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server);
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        try {
            String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            String home = dir.resolve("home").toString();
            dekkend(
                    "geheim-wachtwoord-1\n",
                    "user",
                    "add",
                    "utrecht",
                    "--rol",
                    "gemeente",
                    "--gemeente",
                    "34",
                    "--home",
                    home);
            String file = dir.resolve("app.zip").toString();
            dekkend("", "backup", "--home", home, "--out", file);

            Output restore = dekkend("", "--db", url, "restore", "--home", home, "--in", file);

            assertThat(restore.exitCode()).as(restore.err()).isZero();
            assertThat(restore.out()).contains("jdbc:postgresql:").doesNotContain("password=dekkend");
            assertThat(dekkend("", "--db", url, "user", "list", "--home", home).out())
                    .isEqualTo("naam;rol;gemeenten;besturen\nutrecht;gemeente;GM0034;\n");
            assertThat(new Accounts(open(url)).verify("utrecht", "geheim-wachtwoord-1".toCharArray()))
                    .map(a -> a.gemeenten())
                    .contains(List.of("GM0034"));
        } finally {
            try (Connection connection = DriverManager.getConnection(server);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }
}

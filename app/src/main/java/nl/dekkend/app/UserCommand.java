package nl.dekkend.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import nl.dekkend.appdb.Account;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.Actor;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Rol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dekkend user add|list|remove|passwd}: the accounts of the dashboard, in the app database. */
@Command(
        name = "user",
        description = "Beheer de accounts van het dashboard (elke wijziging komt in het auditlog).",
        synopsisHeading = "Gebruik: ",
        optionListHeading = "%nOpties:%n",
        commandListHeading = "%nOpdrachten:%n",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.ListAccounts.class,
            UserCommand.Remove.class,
            UserCommand.Passwd.class
        })
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Accounts accounts(AppDatabase db) {
        return new Accounts(db, Actor.opdrachtregel());
    }

    @Command(
            name = "add",
            description = "Voeg een account toe; het wachtwoord (minstens 12 tekens) komt van standaardinvoer.",
            synopsisHeading = "Gebruik: ",
            optionListHeading = "%nOpties:%n")
    static final class Add implements Callable<Integer> {

        @Parameters(paramLabel = "NAAM", description = "Gebruikersnaam, bijvoorbeeld j.jansen.")
        String naam;

        @Option(
                names = "--rol",
                required = true,
                paramLabel = "ROL",
                description = "beheerder, analist, kwaliteitscommissie, ledenraad, gemeente of bestuur.")
        String rol;

        @Option(
                names = "--gemeente",
                paramLabel = "CODE",
                description = "Gemeentecode (GM0034, 0034 of 34); verplicht bij rol gemeente, herhaalbaar.")
        List<String> gemeenten = new ArrayList<>();

        @Option(
                names = "--bestuur",
                paramLabel = "NUMMER",
                description = "Bevoegd-gezagnummer (41234); verplicht bij rol bestuur, herhaalbaar.")
        List<String> besturen = new ArrayList<>();

        @Mixin
        HomeOption home;

        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            Rol parsed = Rol.parse(rol);
            try (AppDatabase db = AppDb.open(spec, home.home())) {
                char[] wachtwoord = PasswordInput.read("Wachtwoord voor " + naam + ": ", true);
                try {
                    Account account = accounts(db).add(naam, parsed, gemeenten, besturen, wachtwoord);
                    spec.commandLine()
                            .getOut()
                            .println("Account " + account.naam() + " toegevoegd" + scope(account) + ".");
                } finally {
                    Arrays.fill(wachtwoord, ' ');
                }
            }
            return 0;
        }
    }

    @Command(
            name = "list",
            description = "Druk de accounts af als CSV (naam;rol;gemeenten;besturen).",
            synopsisHeading = "Gebruik: ",
            optionListHeading = "%nOpties:%n")
    static final class ListAccounts implements Callable<Integer> {

        @Mixin
        HomeOption home;

        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("naam;rol;gemeenten;besturen");
            List<Account> accounts;
            try (AppDatabase db = AppDb.open(spec, home.home())) {
                accounts = accounts(db).list();
            }
            for (Account account : accounts) {
                out.println(account.naam() + ";" + account.rol().code() + ";" + String.join(" ", account.gemeenten())
                        + ";" + String.join(" ", account.besturen()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "remove",
            description = "Verwijder een account en zijn tokens (het auditlog houdt zijn naam).",
            synopsisHeading = "Gebruik: ",
            optionListHeading = "%nOpties:%n")
    static final class Remove implements Callable<Integer> {

        @Parameters(paramLabel = "NAAM", description = "Gebruikersnaam.")
        String naam;

        @Mixin
        HomeOption home;

        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            try (AppDatabase db = AppDb.open(spec, home.home())) {
                accounts(db).remove(naam);
            }
            spec.commandLine().getOut().println("Account " + naam + " verwijderd.");
            return 0;
        }
    }

    @Command(
            name = "passwd",
            description = "Geef een account een nieuw wachtwoord (van standaardinvoer).",
            synopsisHeading = "Gebruik: ",
            optionListHeading = "%nOpties:%n")
    static final class Passwd implements Callable<Integer> {

        @Parameters(paramLabel = "NAAM", description = "Gebruikersnaam.")
        String naam;

        @Mixin
        HomeOption home;

        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            try (AppDatabase db = AppDb.open(spec, home.home())) {
                Accounts accounts = accounts(db);
                if (accounts.find(naam).isEmpty()) {
                    throw new IllegalArgumentException("Er is geen account met de naam '" + naam + "'.");
                }
                char[] wachtwoord = PasswordInput.read("Nieuw wachtwoord voor " + naam + ": ", true);
                try {
                    accounts.passwd(naam, wachtwoord);
                } finally {
                    Arrays.fill(wachtwoord, ' ');
                }
            }
            spec.commandLine().getOut().println("Wachtwoord van " + naam + " gewijzigd.");
            return 0;
        }
    }

    private static String scope(Account account) {
        String text = " met rol " + account.rol().code();
        if (!account.gemeenten().isEmpty()) {
            text += " voor " + String.join(", ", account.gemeenten());
        }
        if (!account.besturen().isEmpty()) {
            text += " voor bestuur " + String.join(", ", account.besturen());
        }
        return text;
    }
}

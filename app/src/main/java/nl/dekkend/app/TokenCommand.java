package nl.dekkend.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import nl.dekkend.appdb.Actor;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Dialect;
import nl.dekkend.appdb.TokenInfo;
import nl.dekkend.appdb.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dekkend token add|list|revoke}: personal API tokens ({@code Authorization: Bearer …}). */
@Command(
        name = "token",
        description = "Beheer persoonlijke API-tokens (Authorization: Bearer …) met de rechten van hun account.",
        synopsisHeading = "Gebruik: ",
        optionListHeading = "%nOpties:%n",
        commandListHeading = "%nOpdrachten:%n",
        subcommands = {TokenCommand.Add.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Tokens tokens(AppDatabase db) {
        return new Tokens(db, Actor.opdrachtregel());
    }

    @Command(
            name = "add",
            description =
                    "Geef een account een nieuw token; het token wordt één keer getoond en alleen als hash bewaard.",
            synopsisHeading = "Gebruik: ",
            optionListHeading = "%nOpties:%n")
    static final class Add implements Callable<Integer> {

        @Parameters(paramLabel = "NAAM", description = "Het account waarvan het token de rechten krijgt.")
        String naam;

        @Option(names = "--omschrijving", paramLabel = "TEKST", description = "Waarvoor het token is.")
        String omschrijving;

        @Mixin
        HomeOption home;

        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            String token;
            try (AppDatabase db = AppDb.open(spec, home.home())) {
                token = tokens(db).add(naam, omschrijving);
            }
            spec.commandLine().getOut().println(token);
            spec.commandLine()
                    .getErr()
                    .println("Token voor " + naam + " gemaakt. Bewaar het nu: het wordt niet opnieuw getoond.");
            return 0;
        }
    }

    @Command(
            name = "list",
            description =
                    "Druk de tokens af als CSV (nummer;account;omschrijving;aangemaakt_op;ingetrokken_op), zonder de tokens zelf.",
            synopsisHeading = "Gebruik: ",
            optionListHeading = "%nOpties:%n")
    static final class ListTokens implements Callable<Integer> {

        @Mixin
        HomeOption home;

        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("nummer;account;omschrijving;aangemaakt_op;ingetrokken_op");
            List<TokenInfo> tokens;
            try (AppDatabase db = AppDb.open(spec, home.home())) {
                tokens = tokens(db).list();
            }
            for (TokenInfo token : tokens) {
                out.println(token.id() + ";" + token.accountNaam() + ";"
                        + token.omschrijving().replace(';', ',') + ";" + text(token.aangemaaktOp()) + ";"
                        + text(token.ingetrokkenOp()));
            }
            out.flush();
            return 0;
        }

        private static String text(Instant instant) {
            return instant == null ? "" : Dialect.INSTANT_TEXT.format(instant);
        }
    }

    @Command(
            name = "revoke",
            description = "Trek een token in (het nummer staat in token list).",
            synopsisHeading = "Gebruik: ",
            optionListHeading = "%nOpties:%n")
    static final class Revoke implements Callable<Integer> {

        @Parameters(paramLabel = "NUMMER", description = "Nummer van het token.")
        long nummer;

        @Mixin
        HomeOption home;

        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            try (AppDatabase db = AppDb.open(spec, home.home())) {
                tokens(db).revoke(nummer);
            }
            spec.commandLine().getOut().println("Token " + nummer + " ingetrokken.");
            return 0;
        }
    }
}

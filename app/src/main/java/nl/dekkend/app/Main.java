package nl.dekkend.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dekkend} command: parses the arguments and hands over to one subcommand. */
@Command(
        name = "dekkend",
        version = "Dekkend 0.1.0",
        description = "Dekkend: volg of het ondersteuningsplan van een samenwerkingsverband passend onderwijs werkt.",
        synopsisHeading = "Gebruik: ",
        descriptionHeading = "%n",
        optionListHeading = "%nOpties:%n",
        commandListHeading = "%nOpdrachten:%n",
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            ServeCommand.class,
            IndicatorCommand.class,
            LoadsCommand.class,
            UserCommand.class,
            TokenCommand.class,
            CyclusCommand.class,
            ReportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Toon deze hulptekst.")
    boolean help;

    @CommandLine.Option(
            names = {"-V", "--version"},
            versionHelp = true,
            description = "Toon de versie.")
    boolean version;

    @CommandLine.Option(
            names = "--db",
            scope = CommandLine.ScopeType.INHERIT,
            paramLabel = "URL",
            defaultValue = "${env:DEKKEND_DB}",
            description =
                    "JDBC-URL van de app-database (accounts, auditlog), bijvoorbeeld"
                            + " jdbc:postgresql://host/dekkend?user=…; standaard DEKKEND_DB, anders het bestand MAP/app/dekkend.db.")
    String db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("Fout in de opdracht: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Fout: " + e.getMessage());
            if (System.getenv("DEKKEND_DEBUG") != null) {
                // for a bug report: the whole chain, which may name internal tables and columns
                e.printStackTrace(commandLine.getErr());
            }
            return 2;
        });
        return cli;
    }
}

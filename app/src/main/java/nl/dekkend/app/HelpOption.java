package nl.dekkend.app;

import picocli.CommandLine.Option;

/** {@code -h/--help} with a Dutch description, for every command. */
final class HelpOption {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Toon deze hulptekst.")
    boolean help;
}

package nl.dekkend.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --home DIR} option every command that reads or writes an installation takes. */
final class HomeOption {

    @Option(
            names = "--home",
            required = true,
            paramLabel = "MAP",
            description = "De thuismap van de installatie (meer, publicaties, sleutel).")
    Path dir;

    Home home() {
        return new Home(dir);
    }
}

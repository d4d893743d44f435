package nl.dekkend.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.ingest.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        description =
                "Maak demogegevens van een fictief samenwerkingsverband, draai de pijplijn en start het dashboard.",
        synopsisHeading = "Gebruik: ",
        optionListHeading = "%nOpties:%n")
final class DemoCommand implements Callable<Integer> {

    static final long SEED = 20_250_801L;

    @Option(
            names = "--home",
            defaultValue = "demo-home",
            paramLabel = "MAP",
            description = "Thuismap voor de demo (standaard ${DEFAULT-VALUE}).")
    Path dir;

    @Option(
            names = "--port",
            defaultValue = "7070",
            description = "Poort van het dashboard (standaard ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--schaal", defaultValue = "1", description = "Omvang: 1 = één SWV van ~25.000 leerlingen.")
    double scale;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Home home = new Home(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Demogegevens maken in " + home.demoInbox());
        var summary = new DemoData(SEED, scale).writeTo(home.demoInbox());
        out.println("  " + summary.files().size() + " bestanden geschreven");
        RunCommand.run(home, home.demoInbox(), "local[*]", out);
        // the dashboard keeps the app database open while it serves
        AppDatabase appDatabase = AppDb.open(spec, home);
        DemoAccounts.create(appDatabase, out);
        DemoCycles.create(appDatabase, home, out);
        ServeCommand.serve(home, appDatabase, "127.0.0.1", port, out);
        out.println("Open http://localhost:" + port + " in de browser.");
        Thread.currentThread().join();
        return 0;
    }
}

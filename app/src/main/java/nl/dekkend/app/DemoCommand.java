package nl.dekkend.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.demo.DeliberateProblem;
import nl.dekkend.demo.DemoData;
import nl.dekkend.demo.DemoSummary;
import nl.dekkend.ingest.FileLoad;
import nl.dekkend.ingest.LoadStatus;
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

    @Option(
            names = "--zonder-dashboard",
            description = "Maak alleen de demothuismap klaar (gegevens, pijplijn) en stop; voor scripts en metingen.")
    boolean zonderDashboard;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Home home = new Home(dir);
        PrintWriter out = spec.commandLine().getOut();
        if (!prepare(home, scale, out)) {
            return 1;
        }
        // the dashboard keeps the app database open while it serves
        AppDatabase appDatabase = AppDb.open(spec, home);
        DemoAccounts.create(appDatabase, out);
        DemoCycles.create(appDatabase, home, out);
        if (zonderDashboard) {
            appDatabase.close();
            out.println("Demothuismap klaar: " + home.dir());
            out.println("  inbox " + home.demoInbox() + ", lake " + home.lake() + ", publicatie " + home.warehouse());
            out.println("Dashboard starten: ./dekkend serve --home " + home.dir());
            out.flush();
            return 0;
        }
        ServeCommand.serve(home, appDatabase, "127.0.0.1", port, out);
        out.println("Open http://localhost:" + port + " in de browser.");
        Thread.currentThread().join();
        return 0;
    }

    /**
     * Everything the demo home holds: the generated inbox and the pipeline's publication. Returns false
     * when a file other than the deliberately bad ones was rejected.
     */
    static boolean prepare(Home home, double scale, PrintWriter out) {
        out.println("Demogegevens maken in " + home.demoInbox());
        DemoSummary summary = new DemoData(SEED, scale).writeTo(home.demoInbox());
        out.println("  " + summary.files().size() + " bestanden geschreven, " + DutchFormat.count(summary.pupils())
                + " leerlingen, " + summary.problems().size() + " bewust foute rijen of bestanden");
        Pipeline.Result result = RunCommand.execute(home, home.demoInbox(), "local[*]", false, out);
        List<String> deliberate = summary.problems().stream()
                .filter(p -> p.row() == 0)
                .map(DeliberateProblem::path)
                .toList();
        List<String> unexpected = result.ingest().files().stream()
                .filter(f -> f.status().equals(LoadStatus.AFGEWEZEN))
                .map(FileLoad::bestand)
                .filter(b -> !deliberate.contains(b))
                .toList();
        if (!unexpected.isEmpty()) {
            out.println("Fout: onverwacht afgewezen demobestanden: " + String.join(", ", unexpected));
            return false;
        }
        if (!deliberate.isEmpty()) {
            out.println("  Bewust afgewezen (zo ziet een afgewezen bestand eruit): " + String.join(", ", deliberate));
        }
        return true;
    }
}

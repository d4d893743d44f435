package nl.dekkend.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.dashboard.DashboardConfig;
import nl.dekkend.dashboard.DashboardServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        description = {
            "Start het dashboard op de gepubliceerde gegevens. Wie het opent, logt in met een account"
                    + " (dekkend user add); achter een reverse proxy met TLS: zie de README."
        },
        synopsisHeading = "Gebruik: ",
        optionListHeading = "%nOpties:%n")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "Poort (standaard ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Adres om op te luisteren (standaard ${DEFAULT-VALUE}: alleen deze computer).")
    String host;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() throws InterruptedException {
        serve(
                home.home(),
                AppDb.open(spec, home.home()),
                host,
                port,
                spec.commandLine().getOut());
        Thread.currentThread().join();
        return 0;
    }

    /** Serves the publication of the home, with the accounts and audit log of the app database; logs in first. */
    static void serve(Home home, AppDatabase appDatabase, String host, int port, PrintWriter out) {
        DashboardServer.start(new DashboardConfig(home.warehouse(), appDatabase), host, port);
        out.println("Dashboard: http://localhost:" + port + "  (stoppen: Ctrl+C)");
    }
}

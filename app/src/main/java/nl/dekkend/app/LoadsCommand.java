package nl.dekkend.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.dekkend.ingest.LoadsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "loads",
        description =
                "Druk de laatste lading van elk bestand af als CSV (bron;bestand;status;rijen;geladen;quarantaine;melding).",
        synopsisHeading = "Gebruik: ",
        optionListHeading = "%nOpties:%n")
final class LoadsCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        Home h = home.home();
        PrintWriter out = spec.commandLine().getOut();
        LoadsCsv.write(Spark.session(h, "local[2]"), h.lake(), out);
        out.flush();
        return 0;
    }
}

package nl.dekkend.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.dekkend.warehouse.WarehouseLayout;
import nl.dekkend.warehouse.read.LoadsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "loads",
        description =
                "Druk de laatste lading van elk bestand af als CSV (bron;bestand;status;rijen;geladen;quarantaine;melding),"
                        + " uit de laatste publicatie.",
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
        new LoadsCsv(new WarehouseLayout(h.warehouse())).write(out);
        out.flush();
        return 0;
    }
}

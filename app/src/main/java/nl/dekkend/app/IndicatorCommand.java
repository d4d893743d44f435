package nl.dekkend.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.warehouse.WarehouseLayout;
import nl.dekkend.warehouse.read.IndicatorCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "indicator",
        description = {
            "Druk een indicator af als CSV (kolommen: indicator;periode;niveau;gebied;teller;noemer;"
                    + "waarde;eenheid;norm;status;onderdrukt).",
            "Een hulpmiddel voor de beheerder: het toont alle gebieden en de exacte cijfers, ook van cellen"
                    + " die het dashboard voor andere rollen onderdrukt (onderdrukt = ja); deel de uitvoer niet."
        },
        synopsisHeading = "Gebruik: ",
        parameterListHeading = "%nArgumenten:%n",
        optionListHeading = "%nOpties:%n")
final class IndicatorCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "De indicator, bijvoorbeeld deelname_sbo.")
    String id;

    @Option(names = "--periode", paramLabel = "P", description = "Schooljaar (2013-2014) of kalenderjaar (2018).")
    String periode;

    // the levels are checked against the catalog as published (kpi_niveaus), not a list kept here
    @Option(names = "--niveau", paramLabel = "N", description = "swv, stadsdeel, wijk, gemeente, bestuur of vestiging.")
    String niveau;

    @Mixin
    HomeOption home;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        WarehouseLayout layout = new WarehouseLayout(home.home().warehouse());
        NormSet norms;
        try (AppDatabase db = AppDb.open(spec, home.home())) {
            norms = PdcaNorms.current(db, layout);
        }
        int rows = new IndicatorCsv(layout).write(id, periode, niveau, PdcaNorms.judge(norms), out);
        out.flush();
        if (rows == 0) {
            spec.commandLine()
                    .getErr()
                    .println("Geen gegevens voor " + id
                            + " met deze keuzes (zie de pagina Datakwaliteit voor ontbrekende bronnen).");
        }
        return 0;
    }
}

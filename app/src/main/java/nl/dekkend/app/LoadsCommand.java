package nl.dekkend.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.dekkend.ingest.LoadsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

@Command(
    name = "loads",
    description = "Druk de laatste lading van elk bestand af als CSV (bron;bestand;status;rijen;geladen;quarantaine;melding).",
    synopsisHeading = "Gebruik: ",
    optionListHeading = "%nOpties:%n")
final class LoadsCommand implements Callable<Integer> {

  @Mixin HomeOption home;

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Toon deze hulptekst.")
  boolean help;

  @Override
  public Integer call() {
    Home h = home.home();
    PrintWriter out = spec.commandLine().getOut();
    LoadsCsv.write(Spark.session(h, "local[2]"), h.lake(), out);
    out.flush();
    return 0;
  }
}

package nl.dekkend.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.ingest.FileLoad;
import nl.dekkend.ingest.LoadStatus;
import nl.dekkend.ingest.read.ReadLimits;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        description = "Draai de pijplijn: bestanden inlezen, indicatoren berekenen, publiceren.",
        synopsisHeading = "Gebruik: ",
        optionListHeading = "%nOpties:%n")
final class RunCommand implements Callable<Integer> {

    /** Where the app, and only the app, reads the pseudonymisation key from the environment. */
    static final String KEY_VARIABLE = "DEKKEND_PSEUDONIEM_SLEUTEL";

    /** The largest inbox file in MB and the most rows per file; unset: ingest's generous defaults. */
    static final String MAX_MB_VARIABLE = "DEKKEND_MAX_BESTAND_MB";

    static final String MAX_ROWS_VARIABLE = "DEKKEND_MAX_RIJEN";

    @Option(names = "--inbox", required = true, paramLabel = "MAP", description = "Map met een submap per bron.")
    Path inbox;

    @Mixin
    HomeOption home;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--master",
            defaultValue = "local[*]",
            paramLabel = "URL",
            description = "Spark-master (standaard ${DEFAULT-VALUE}: ingebouwd, alle kernen).")
    String master;

    @Option(
            names = "--swv",
            paramLabel = "CODE",
            description = "Code van het eigen samenwerkingsverband, bijvoorbeeld PO2401. Eén keer opgeven:"
                    + " de thuismap onthoudt hem. Zonder code leidt Dekkend hem af uit gebieden of de DUO-telling.")
    String swv;

    @Option(
            names = "--gold",
            description = "Schrijf ook de gold-laag (het sterschema en de indicatoren) als Delta-tabellen in"
                    + " MAP/lake/gold, voor wie het lake zelf leest. Het dashboard heeft die niet nodig.")
    boolean gold;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("de inbox " + inbox + " bestaat niet of is geen map");
        }
        if (swv != null) {
            new Instellingen(home.home()).setEigenSwv(swv);
        }
        return execute(home.home(), inbox, master, gold, spec.commandLine().getOut())
                .exitCode();
    }

    /** Runs the pipeline in its own Spark session and prints the summary. */
    static Pipeline.Result execute(Home home, Path inbox, String master, boolean gold, PrintWriter out) {
        SparkSession spark = Spark.session(home, master);
        try {
            Pipeline.Result result = new Pipeline(
                            spark,
                            home,
                            Optional.ofNullable(System.getenv(KEY_VARIABLE)),
                            limits(System.getenv()),
                            Clock.systemUTC(),
                            gold)
                    .run(inbox, line -> out.println(line));
            printSummary(result, out);
            return result;
        } finally {
            spark.stop();
        }
    }

    /** The read limits from the environment; a value that is not a positive whole number is refused. */
    static ReadLimits limits(Map<String, String> environment) {
        long mb = positive(environment, MAX_MB_VARIABLE, ReadLimits.DEFAULTS.maxBytes() / ReadLimits.MB);
        long rows = positive(environment, MAX_ROWS_VARIABLE, ReadLimits.DEFAULTS.maxRows());
        return ReadLimits.of(mb * ReadLimits.MB, rows);
    }

    private static long positive(Map<String, String> environment, String name, long fallback) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException(name + " moet een positief geheel getal zijn, maar is '" + value + "'");
    }

    private static void printSummary(Pipeline.Result result, PrintWriter out) {
        long files = result.ingest().files().size();
        long rows =
                result.ingest().files().stream().mapToLong(FileLoad::geladen).sum();
        long quarantined = result.ingest().files().stream()
                .mapToLong(FileLoad::quarantaine)
                .sum();
        out.printf(
                "Klaar: %d bestanden, %s rijen geladen, %s in quarantaine; %d datatests geslaagd; publicatie %s.%n",
                files,
                DutchFormat.count(rows),
                DutchFormat.count(quarantined),
                result.transform().tests().size(),
                result.publication().id());
        result.ingest().files().stream()
                .filter(f -> f.status().equals(LoadStatus.AFGEWEZEN))
                .forEach(f -> out.println("Afgewezen: " + f.bestand() + ": " + f.melding()));
        result.perSwv()
                .refused()
                .forEach((swv, reason) -> out.println("Publicatie van " + swv + " geweigerd: " + reason));
    }
}

package nl.dekkend.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Dialect;
import nl.dekkend.appdb.pdca.Cycle;
import nl.dekkend.appdb.pdca.Cycles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dekkend cyclus list}: the PDCA cycles of the app database. */
@Command(
        name = "cyclus",
        description = "De PDCA-cycli van de kwaliteitscommissie.",
        synopsisHeading = "Gebruik: ",
        optionListHeading = "%nOpties:%n",
        commandListHeading = "%nOpdrachten:%n",
        subcommands = {CyclusCommand.ListCycles.class})
final class CyclusCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "list",
            description = "Druk de cycli af als CSV (cyclus;status;geopend_op;gesloten_op;publicatie), oudste eerst;"
                    + " status is open of gesloten.",
            synopsisHeading = "Gebruik: ",
            optionListHeading = "%nOpties:%n")
    static final class ListCycles implements Callable<Integer> {

        static final String HEADER = "cyclus;status;geopend_op;gesloten_op;publicatie";

        @Mixin
        HomeOption home;

        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println(HEADER);
            List<Cycle> newestFirst;
            try (AppDatabase db = AppDb.open(spec, home.home())) {
                newestFirst = new Cycles(db, Clock.systemUTC()).list();
            }
            for (Cycle cycle : oldestFirst(newestFirst)) {
                out.println(String.join(
                        ";",
                        cycle.code(),
                        cycle.status(),
                        text(cycle.geopendOp()),
                        text(cycle.geslotenOp()),
                        cycle.publicatie() == null ? "" : cycle.publicatie()));
            }
            out.flush();
            return 0;
        }

        private static List<Cycle> oldestFirst(List<Cycle> newestFirst) {
            List<Cycle> cycles = new java.util.ArrayList<>(newestFirst);
            java.util.Collections.reverse(cycles);
            return cycles;
        }

        private static String text(Instant instant) {
            return instant == null ? "" : Dialect.INSTANT_TEXT.format(instant);
        }
    }
}

package nl.dekkend.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.dekkend.appdb.Actor;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.appdb.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "backup",
        description = "Schrijf de hele app-database (accounts, tokens, auditlog, …) naar één bestand.",
        synopsisHeading = "Gebruik: ",
        optionListHeading = "%nOpties:%n")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--out", required = true, paramLabel = "BESTAND", description = "Het back-upbestand (zip).")
    Path out;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        try (AppDatabase db = AppDb.open(spec, home.home())) {
            Actor actor = Actor.opdrachtregel();
            new AuditLog(db)
                    .append(actor.gebruiker(), AuditLog.BACKUP, "back-up naar " + out.toAbsolutePath(), actor.adres());
            Backup.export(db, out);
            spec.commandLine().getOut().println("Back-up van " + db.safeUrl() + " geschreven naar " + out + ".");
        }
        return 0;
    }
}

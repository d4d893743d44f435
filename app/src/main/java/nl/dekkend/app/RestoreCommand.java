package nl.dekkend.app;

import java.nio.file.Files;
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
        name = "restore",
        description = "Zet een back-up terug in een lege app-database (SQLite of PostgreSQL) van dezelfde versie.",
        synopsisHeading = "Gebruik: ",
        optionListHeading = "%nOpties:%n")
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--in", required = true, paramLabel = "BESTAND", description = "Het back-upbestand (zip).")
    Path in;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(in)) {
            throw new IllegalArgumentException("Het back-upbestand " + in + " bestaat niet.");
        }
        try (AppDatabase db = AppDb.open(spec, home.home())) {
            Backup.restore(db, in);
            Actor actor = Actor.opdrachtregel();
            new AuditLog(db)
                    .append(actor.gebruiker(), AuditLog.HERSTEL, "herstel uit " + in.toAbsolutePath(), actor.adres());
            spec.commandLine().getOut().println("Back-up " + in + " teruggezet in " + db.safeUrl() + ".");
        }
        return 0;
    }
}

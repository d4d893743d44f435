package nl.dekkend.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import nl.dekkend.appdb.Actor;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.pdca.Pdca;
import nl.dekkend.dashboard.rapport.Reports;
import nl.dekkend.dashboard.serving.NoPublicationException;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.web.Templates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dekkend report}: the Kwaliteitsrapportage of a cycle ({@code --cyclus}) or the OOGO-overzicht of a gemeente
 * ({@code --oogo GM0034 --periode 2024-2025}) as an accessible PDF, with the figures as the ledenraad or that gemeente
 * sees them in the dashboard. Every report made is written to the audit log.
 */
@Command(
        name = "report",
        description = {
            "Maak een rapport als toegankelijke PDF (PDF/UA, A4):",
            "  --cyclus \"2024-2025 H1\"               de Kwaliteitsrapportage voor de ledenraad;",
            "  --oogo GM0034 --periode 2024-2025     het OOGO-overzicht van één gemeente.",
            "De cijfers zijn onderdrukt zoals de ledenraad of die gemeente ze in het dashboard ziet."
        },
        synopsisHeading = "Gebruik: ",
        descriptionHeading = "%n",
        optionListHeading = "%nOpties:%n")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--cyclus", paramLabel = "CYCLUS", description = "De PDCA-cyclus, bijvoorbeeld \"2024-2025 H1\".")
    String cyclus;

    @Option(
            names = "--oogo",
            paramLabel = "GEMEENTE",
            description = "Gemeentecode voor het OOGO-overzicht (GM0034, 0034 of 34).")
    String oogo;

    @Option(
            names = "--periode",
            paramLabel = "SCHOOLJAAR",
            description = "Het schooljaar van het OOGO-overzicht, bijvoorbeeld 2024-2025.")
    String periode;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "BESTAND",
            description = "Het PDF-bestand dat wordt geschreven.")
    Path out;

    @Mixin
    HomeOption home;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        if ((cyclus == null) == (oogo == null)) {
            return fout("Geef --cyclus \"2024-2025 H1\" (Kwaliteitsrapportage) of --oogo GM0034 --periode 2024-2025"
                    + " (OOGO-overzicht), niet allebei.");
        }
        if (oogo != null && periode == null) {
            return fout("Het OOGO-overzicht vraagt een schooljaar: --periode 2024-2025.");
        }
        if (cyclus != null && periode != null) {
            return fout("--periode hoort bij --oogo; de Kwaliteitsrapportage volgt de periode van de cyclus.");
        }
        Actor actor = Actor.opdrachtregel();
        Path link = home.home().warehouse().resolve("current.duckdb");
        byte[] pdf;
        String onderwerp;
        try (AppDatabase db = AppDb.open(spec, home.home());
                ServingDatabase serving = new ServingDatabase(link);
                ServingReader reader = serving.open()) {
            Reports reports = new Reports(new Templates(), new Pdca(db, Clock.systemUTC()));
            if (cyclus != null) {
                pdf = reports.kwaliteitsrapportage(reader, cyclus, actor.gebruiker());
                onderwerp = "Kwaliteitsrapportage " + cyclus.strip();
            } else {
                pdf = reports.oogo(reader, oogo, periode, actor.gebruiker());
                onderwerp = "OOGO-overzicht " + nl.dekkend.appdb.Codes.gemeente(oogo) + " " + periode.strip();
            }
            new AuditLog(db)
                    .append(
                            actor.gebruiker(),
                            AuditLog.EXPORT,
                            onderwerp + " (pdf) naar " + out.toAbsolutePath(),
                            actor.adres());
        } catch (Reports.Onbekend e) {
            return fout(e.getMessage());
        } catch (NoPublicationException e) {
            return fout("Er is nog geen publicatie in " + link + ": draai eerst dekkend run.");
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + out + " niet schrijven: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println(onderwerp + " geschreven naar " + out + " (" + pages(pdf) + " pagina's).");
        return 0;
    }

    private int fout(String message) {
        spec.commandLine().getErr().println("Fout: " + message);
        return 2;
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

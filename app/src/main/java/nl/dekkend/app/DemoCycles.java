package nl.dekkend.app;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.appdb.pdca.ActionInput;
import nl.dekkend.appdb.pdca.CycleFigure;
import nl.dekkend.appdb.pdca.Norm;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.pdca.CycleWork;
import nl.dekkend.dashboard.pdca.Pdca;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;

/**
 * The demo's PDCA history, written as a kwaliteitscommissie would on the demo's own figures: two closed cycles
 * (2023-2024 H2, 2024-2025 H1) and the open 2024-2025 H2, with a changed norm, analyses, actions that carry over
 * and one action past its deadline. Deadlines of actions still running lie after the day the demo is made, except
 * the overdue one. A home that already has cycles keeps them.
 */
final class DemoCycles {

    static final String KC = "kwaliteitscommissie";
    private static final String A = "2023-2024 H2";
    private static final String B = "2024-2025 H1";
    private static final String C = "2024-2025 H2";

    private final AppDatabase db;
    private final ServingDatabase serving;
    private final LocalDate today;

    private DemoCycles(AppDatabase db, ServingDatabase serving, LocalDate today) {
        this.db = db;
        this.serving = serving;
        this.today = today;
    }

    static void create(AppDatabase db, Home home, PrintWriter out) {
        try (ServingDatabase serving = new ServingDatabase(home.warehouse().resolve("current.duckdb"))) {
            new DemoCycles(db, serving, LocalDate.now()).write(out);
        }
    }

    private Pdca at(String instant) {
        return new Pdca(db, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private void write(PrintWriter out) {
        if (!at("2024-04-10T09:00:00Z").cycles().list().isEmpty()) {
            out.println("PDCA-cycli: de demo heeft ze al.");
            return;
        }
        try (ServingReader reader = serving.open()) {
            at("2024-04-10T09:00:00Z")
                    .normsFor(reader); // the catalog's norms first, so the change below has an old value
            at("2024-04-10T09:30:00Z")
                    .norms()
                    .change(
                            new Norm(
                                    "deelname_sbo",
                                    "2022-2026",
                                    Norm.LAGER_BETER,
                                    new BigDecimal("2.00"),
                                    new BigDecimal("2.50")),
                            "Het ondersteuningsplan 2022-2026 wil de SBO-deelname terug naar het landelijk gemiddelde;"
                                    + " tot nu toe had deze indicator geen norm.",
                            KC);

            new CycleWork(at("2024-04-15T13:00:00Z")).open(reader, A, List.of("gemeente"), KC);
            Pdca a = at("2024-05-02T15:00:00Z");
            List<CycleFigure> figuresA = a.cycles().figures(A);
            a.analyses()
                    .save(
                            A,
                            "deelname_sbo_so",
                            "We zien een deelname SBO + SO van " + value(figuresA, "deelname_sbo_so", "%", 2)
                                    + ". Dat ligt boven de norm van het ondersteuningsplan. De stijging zit vooral in"
                                    + " het SBO: scholen verwijzen eerder door bij gedragsvragen. Dit betekent dat de"
                                    + " basisondersteuning op een aantal scholen niet sterk genoeg is; we willen"
                                    + " weten welke scholen en waarom.",
                            KC);
            a.analyses()
                    .save(
                            A,
                            "thuiszitters_peildatum",
                            "Op de peildatum stonden " + value(figuresA, "thuiszitters_peildatum", "leerlingen", 0)
                                    + " leerlingen als thuiszitter geregistreerd. De norm is nul. Bij bijna alle"
                                    + " kinderen duurt het zoeken naar een passende plek langer dan drie maanden;"
                                    + " het overleg met leerplicht is nu incidenteel.",
                            KC);
            Action gesprekken = a.actions()
                    .add(
                            A,
                            "deelname_sbo_so",
                            new ActionInput(
                                    "Gesprekken met de drie SBO-scholen over terugplaatsing naar het regulier"
                                            + " onderwijs",
                                    "Directeur-bestuurder SWV",
                                    "",
                                    "1-12-2024",
                                    Action.OPEN,
                                    ""),
                            KC);
            Action casusoverleg = a.actions()
                    .add(
                            A,
                            "thuiszitters_peildatum",
                            new ActionInput(
                                    "Vast casusoverleg thuiszitters elke zes weken met leerplicht en het" + " wijkteam",
                                    "Coördinator thuiszitters",
                                    DemoAccounts.GEMEENTE,
                                    DutchFormat.date(today.plusMonths(4)),
                                    Action.OPEN,
                                    ""),
                            KC);
            at("2024-06-01T10:00:00Z")
                    .actions()
                    .update(casusoverleg.id(), input(casusoverleg, Action.LOPEND, "", today.plusMonths(4)), KC);
            new CycleWork(at("2024-06-20T16:00:00Z")).close(reader, A, KC);

            new CycleWork(at("2024-11-12T13:00:00Z")).open(reader, B, List.of("gemeente"), KC);
            Pdca b = at("2024-11-20T15:00:00Z");
            List<CycleFigure> figuresB = b.cycles().figures(B);
            b.analyses()
                    .save(
                            B,
                            "deelname_sbo_so",
                            "De deelname SBO + SO is nu " + value(figuresB, "deelname_sbo_so", "%", 2) + " (vorige"
                                    + " cyclus " + value(figuresA, "deelname_sbo_so", "%", 2)
                                    + "). De gesprekken met de"
                                    + " SBO-scholen lopen; twee scholen hebben een plan voor terugplaatsing. Het effect"
                                    + " zien we pas in de telling van volgend jaar.",
                            KC);
            b.analyses()
                    .save(
                            B,
                            "dekkend_binnen_regio",
                            "Van de leerlingen die in ons samenwerkingsverband wonen, gaat "
                                    + value(figuresB, "dekkend_binnen_regio", "%", 2)
                                    + " binnen de regio naar school. De norm is 99 %. De leerlingen die buiten de regio"
                                    + " naar school gaan, wonen vooral aan de rand van het gebied; afspraken met het"
                                    + " buur-SWV ontbreken.",
                            KC);
            b.actions()
                    .add(
                            B,
                            "dekkend_binnen_regio",
                            new ActionInput(
                                    "Afspraken maken met het buur-SWV over leerlingen die buiten de regio naar"
                                            + " school gaan",
                                    "Beleidsmedewerker",
                                    "",
                                    DutchFormat.date(today.minusWeeks(3)),
                                    Action.OPEN,
                                    ""),
                            KC);
            Action beslisdag = b.actions()
                    .add(
                            B,
                            "toeleiding_binnen_termijn",
                            new ActionInput(
                                    "TLV-aanvragen sneller afhandelen: een vaste beslisdag per week",
                                    "Manager loket",
                                    "",
                                    "1-3-2025",
                                    Action.LOPEND,
                                    ""),
                            KC);
            at("2024-12-05T11:00:00Z")
                    .actions()
                    .update(
                            gesprekken.id(),
                            input(
                                    gesprekken,
                                    Action.AFGEROND,
                                    "Alle drie de gesprekken gevoerd; twee SBO-scholen werken met een"
                                            + " terugplaatsingsplan per leerling.",
                                    LocalDate.of(2024, 12, 1)),
                            KC);
            new CycleWork(at("2025-01-28T16:00:00Z")).close(reader, B, KC);

            new CycleWork(at("2025-04-08T13:00:00Z")).open(reader, C, List.of("gemeente"), KC);
            Pdca c = at("2025-04-20T15:00:00Z");
            List<CycleFigure> figuresC = c.cycles().figures(C);
            c.analyses()
                    .save(
                            C,
                            "deelname_sbo_so",
                            "De deelname SBO + SO is " + value(figuresC, "deelname_sbo_so", "%", 2) + ". De"
                                    + " terugplaatsingsplannen van de SBO-scholen zijn afgerond; we volgen de telling"
                                    + " van 1 oktober om te zien of de daling inzet.",
                            KC);
            c.analyses()
                    .save(
                            C,
                            "thuiszitters_peildatum",
                            "Nog steeds " + value(figuresC, "thuiszitters_peildatum", "leerlingen", 0)
                                    + " thuiszitters op de peildatum. Het casusoverleg loopt sinds vorig jaar en"
                                    + " de duur van het thuiszitten daalt; het aantal nog niet.",
                            KC);
            c.actions()
                    .add(
                            C,
                            "deelname_sbo_so",
                            new ActionInput(
                                    "Ambulante begeleiding vanuit het SBO inzetten op reguliere scholen in"
                                            + " Lindewaard",
                                    "Teamleider ondersteuning",
                                    DemoAccounts.GEMEENTE,
                                    DutchFormat.date(today.plusMonths(5)),
                                    Action.OPEN,
                                    ""),
                            KC);
            c.actions()
                    .update(
                            beslisdag.id(),
                            input(
                                    beslisdag,
                                    Action.AFGEROND,
                                    "Sinds februari één beslisdag per week; bijna alle besluiten vallen nu binnen"
                                            + " de termijn van acht weken.",
                                    LocalDate.of(2025, 3, 1)),
                            KC);
        }
        out.println("PDCA-cycli: " + A + " en " + B + " gesloten, " + C + " open.");
    }

    private static ActionInput input(Action a, String status, String evaluatie, LocalDate deadline) {
        return new ActionInput(a.omschrijving(), a.eigenaar(), a.gemeente(), deadline.toString(), status, evaluatie);
    }

    private static String value(List<CycleFigure> figures, String indicator, String eenheid, int decimalen) {
        Optional<CycleFigure> swv = figures.stream()
                .filter(f -> f.indicator().equals(indicator) && f.niveau().equals("swv"))
                .findFirst();
        return swv.map(f -> DutchFormat.value(f.waarde(), eenheid, decimalen)).orElse("(geen waarde)");
    }
}

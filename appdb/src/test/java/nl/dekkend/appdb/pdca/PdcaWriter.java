package nl.dekkend.appdb.pdca;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.appdb.AppDatabase;

/**
 * A process that writes PDCA cycles without end, for {@link PdcaKillTest}: per cycle it opens it on
 * {@link #FIGURES} figures, writes an analysis and an action, and closes it with new figures and two table
 * versions. After each commit it prints what it committed; the test kills it at some point.
 */
public final class PdcaWriter {

    static final int FIGURES = 300;

    private PdcaWriter() {}

    public static void main(String[] args) {
        AppDatabase db = AppDatabase.open(args[0]);
        Clock clock = Clock.systemUTC();
        Cycles cycles = new Cycles(db, clock);
        Analyses analyses = new Analyses(db, clock);
        Actions actions = new Actions(db, clock);
        for (int i = 0; ; i++) {
            int year = 2000 + i / 2;
            String code = year + "-" + (year + 1) + " H" + (i % 2 + 1);
            cycles.open(code, List.of("gemeente"), "kc", "pub-" + i, figures(i, "1"));
            System.out.println("geopend " + code);
            analyses.save(code, "ind_0", "Analyse van cyclus " + code + ".", "kc");
            System.out.println("analyse " + code);
            Action action = actions.add(
                    code, "ind_0", new ActionInput("Actie " + code, "Eigenaar", "", "2030-01-01", "open", ""), "kc");
            System.out.println("actie " + action.id());
            cycles.close(
                    code,
                    "kc",
                    "pub-" + i + "-slot",
                    figures(i, "2"),
                    List.of(new TableVersion("gold/kpi_values", i), new TableVersion("bronze/tlv", i)));
            System.out.println("gesloten " + code);
            System.out.flush();
        }
    }

    static List<CycleFigure> figures(int cycle, String waarde) {
        List<CycleFigure> figures = new ArrayList<>();
        for (int f = 0; f < FIGURES; f++) {
            figures.add(new CycleFigure(
                    "ind_" + f,
                    "2024-2025",
                    "swv",
                    "PO9901",
                    "Lindewaard",
                    BigDecimal.TEN,
                    BigDecimal.valueOf(100 + cycle),
                    new BigDecimal(waarde),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false));
        }
        return figures;
    }
}

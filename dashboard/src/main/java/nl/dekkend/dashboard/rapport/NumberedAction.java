package nl.dekkend.dashboard.rapport;

import java.time.LocalDate;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.dashboard.format.DutchFormat;

/** An improvement action with its number in the report: the number on its indicator's chart and in the lists. */
public record NumberedAction(int nummer, Action action, String indicatorNaam, boolean meegenomen, boolean overdue) {

    public String omschrijving() {
        return action.omschrijving();
    }

    public String eigenaar() {
        return action.eigenaar();
    }

    public String gemeente() {
        return action.gemeente() == null ? "" : action.gemeente();
    }

    public String deadline() {
        return DutchFormat.date(action.deadline());
    }

    public String evaluatie() {
        return action.evaluatie() == null ? "" : action.evaluatie();
    }

    public String cyclus() {
        return action.cyclus();
    }

    /** The status in words, with a mark that does not rely on colour. */
    public String status() {
        String word = switch (action.status()) {
            case Action.OPEN -> "○ open";
            case Action.LOPEND -> "◐ lopend";
            case Action.AFGEROND -> "● afgerond";
            case Action.VERVALLEN -> "✕ vervallen";
            default -> action.status();
        };
        return overdue ? word + ", ⚠ over de deadline" : word;
    }

    static boolean overdue(Action a, LocalDate on) {
        return a.overdue(on);
    }
}

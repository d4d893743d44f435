package nl.dekkend.dashboard.pdca;

import java.time.LocalDate;
import java.util.List;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.dashboard.format.DutchFormat;

/** An action as pages and exports show it; {@code overdue}: open or lopend and past its deadline. */
public record ActionRow(
        String id,
        String cyclus,
        String indicator,
        String indicatorNaam,
        String thema,
        String link,
        String omschrijving,
        String eigenaar,
        String gemeente,
        String deadline,
        String deadlineIso,
        String status,
        String evaluatie,
        boolean overdue,
        boolean meegenomen,
        String gewijzigd,
        List<ActionRow> versies) {

    static ActionRow of(Action a, String shownIn, String naam, String thema, LocalDate today, List<Action> history) {
        return new ActionRow(
                a.id(),
                a.cyclus(),
                a.indicator(),
                naam,
                thema,
                "/pdca/cycli/" + Slug.of(shownIn == null ? a.cyclus() : shownIn) + "/indicatoren/" + a.indicator(),
                a.omschrijving(),
                a.eigenaar(),
                a.gemeente() == null ? "" : a.gemeente(),
                DutchFormat.date(a.deadline()),
                a.deadline().toString(),
                a.status(),
                a.evaluatie() == null ? "" : a.evaluatie(),
                a.overdue(today),
                shownIn != null && !shownIn.equals(a.cyclus()),
                "versie " + a.versie() + ", " + CycleItem.moment(a.gewijzigdOp()) + " door " + a.gewijzigdDoor(),
                history.stream()
                        .map(v -> of(v, null, naam, thema, today, List.of()))
                        .toList());
    }
}

package nl.dekkend.dashboard.thema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.dashboard.indicator.Drill;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.toegang.Figures;

/**
 * Where a click on a bar, point or cell of a theme section's chart leads: the drill-down of the indicator page, one
 * level below the area (filters in the URL), as far as the account sees it. The same links stand in the indicator
 * cards' "Alle cijfers per gebied", where the keyboard reaches them.
 */
final class SectionLinks {

    private final Niveau niveaus;
    private final Figures figures;
    private final Map<String, List<KpiValue>> rows = new HashMap<>();

    SectionLinks(Niveau niveaus, Figures figures) {
        this.niveaus = niveaus;
        this.figures = figures;
    }

    /** The drill-down below (niveau, gebied) in that period for the indicator. */
    String down(String indicator, String niveau, String gebied, String periode) {
        return Drill.next(
                niveaus,
                indicator,
                niveau,
                gebied,
                periode,
                rows.computeIfAbsent(indicator, id -> figures.values(id, null, null)),
                figures::within);
    }
}

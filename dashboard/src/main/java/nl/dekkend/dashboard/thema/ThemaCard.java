package nl.dekkend.dashboard.thema;

import java.util.List;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.indicator.AreaView;

/**
 * One indicator on a theme page: its latest SWV value, period, norm and status, its trend as a small line chart
 * (null with fewer than two periods), the definition and the page that shows it in full. {@code geenCijfers} says
 * why there are no figures (empty when there are); {@code verder} links from the SWV figure down to the levels below
 * it that the account may see (drill-down).
 */
public record ThemaCard(
        String indicator,
        String naam,
        String definitie,
        String link,
        Cell waarde,
        String periode,
        String norm,
        StatusLabel status,
        ChartView trend,
        String geenCijfers,
        List<AreaView.Choice> verder) {

    public ThemaCard {
        verder = List.copyOf(verder);
    }

    public boolean heeftCijfers() {
        return geenCijfers.isEmpty();
    }
}

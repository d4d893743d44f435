package nl.dekkend.dashboard.thema;

import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.StatusLabel;

/**
 * One indicator on a theme page: its latest SWV value, period, norm and status, its trend as a small line chart
 * (null with fewer than two periods), the definition and the page that shows it in full. {@code geenCijfers} says
 * why there are no figures (empty when there are).
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
        String geenCijfers) {

    public boolean heeftCijfers() {
        return geenCijfers.isEmpty();
    }
}

package nl.dekkend.dashboard.thema;

import java.util.List;
import nl.dekkend.dashboard.chart.ChartView;

/**
 * A part of a theme page that answers the commission's question with the chart that suits the data: a one-sentence
 * summary, the chart (null without figures), the table that is its text alternative (its first {@code tekstKolommen}
 * columns are text, the others figures), and sentences that name what needs attention (every gap of the coverage
 * matrix, for instance).
 */
public record ThemaSection(
        String id,
        String titel,
        String samenvatting,
        ChartView chart,
        String tabelTitel,
        List<String> kop,
        int tekstKolommen,
        List<List<String>> rijen,
        List<String> zinnen,
        boolean anySuppressed) {

    public ThemaSection {
        kop = List.copyOf(kop);
        rijen = rijen.stream().map(List::copyOf).toList();
        zinnen = List.copyOf(zinnen);
    }
}

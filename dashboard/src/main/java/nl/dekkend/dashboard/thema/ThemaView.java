package nl.dekkend.dashboard.thema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartSeries;
import nl.dekkend.dashboard.chart.ChartSpec;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.NormText;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.indicator.AreaView;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.SourceAvailability;
import nl.dekkend.dashboard.overzicht.OverzichtView;

/** The view model of a theme page: one card per indicator of the thema, in catalog order. */
public record ThemaView(
        Thema thema, String gebied, List<ThemaSection> secties, List<ThemaCard> cards, boolean anySuppressed) {

    public static ThemaView build(
            Thema thema,
            String gebied,
            List<KpiDefinition> definitions,
            List<KpiValue> swvTotals,
            SourceAvailability sources,
            List<ThemaSection> secties,
            Map<String, List<AreaView.Choice>> verder) {
        Map<String, List<KpiValue>> byIndicator =
                swvTotals.stream().collect(Collectors.groupingBy(KpiValue::indicator));
        List<ThemaCard> cards = new ArrayList<>();
        for (KpiDefinition d : definitions) {
            List<KpiValue> values = new ArrayList<>(byIndicator.getOrDefault(d.indicator(), List.of()));
            values.sort(Comparator.comparing(KpiValue::periode, Periode.ORDER));
            cards.add(card(d, values, sources, cards.size(), verder.getOrDefault(d.indicator(), List.of())));
        }
        return new ThemaView(
                thema,
                gebied,
                List.copyOf(secties),
                List.copyOf(cards),
                swvTotals.stream().anyMatch(KpiValue::onderdrukt));
    }

    private static ThemaCard card(
            KpiDefinition d,
            List<KpiValue> values,
            SourceAvailability sources,
            int index,
            List<AreaView.Choice> verder) {
        String link = OverzichtView.pageOf(d.indicator());
        if (values.isEmpty()) {
            return new ThemaCard(
                    d.indicator(),
                    d.naam(),
                    d.definitie(),
                    link,
                    new Cell(DutchFormat.NO_VALUE, false),
                    "",
                    "",
                    StatusLabel.NONE,
                    null,
                    sources.noDataMessage(d),
                    verder);
        }
        // the newest period with a figure (a hidden one counts), as the overview does: not "–" for a period without
        int at = values.size() - 1;
        while (at > 0 && values.get(at).waarde() == null && !values.get(at).onderdrukt()) {
            at--;
        }
        KpiValue latest = values.get(at);
        return new ThemaCard(
                d.indicator(),
                d.naam(),
                d.definitie(),
                link,
                Cell.of(latest.waarde(), d.eenheid(), d.decimalen(), latest.onderdrukt()),
                latest.periode(),
                NormText.of(latest.norm(), d.richting(), d.eenheid(), d.decimalen()),
                StatusLabel.of(latest.status()),
                values.size() < 2 ? null : trend(d, values, index),
                "",
                verder);
    }

    /** A small line chart; its text alternative names every value (suppressed ones as "< 5"). */
    private static ChartView trend(KpiDefinition d, List<KpiValue> values, int index) {
        List<String> periods = values.stream().map(KpiValue::periode).toList();
        ChartSeries series =
                new ChartSeries(d.naam(), values.stream().map(KpiValue::waarde).toList(), ChartPalette.color(0), false);
        String label = "Verloop van " + d.naam() + ": "
                + values.stream()
                        .map(v -> Cell.of(v.waarde(), d.eenheid(), d.decimalen(), v.onderdrukt())
                                        .text() + " in " + v.periode())
                        .collect(Collectors.joining(", "))
                + ".";
        return ChartView.of(
                "trend-" + index,
                new ChartSpec(d.naam(), periods, List.of(series), d.eenheid(), ChartSpec.Kind.SPARKLINE, null),
                label);
    }
}

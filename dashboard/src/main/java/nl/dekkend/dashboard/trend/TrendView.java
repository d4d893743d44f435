package nl.dekkend.dashboard.trend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
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
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.NationalValue;
import nl.dekkend.dashboard.kpi.SourceAvailability;

/**
 * The view model of a page that follows indicators of one SWV over the periods: notices about missing figures,
 * a line chart of the SWV against the national figures (null when there are no figures) and the table that is
 * also the chart's text alternative.
 */
public record TrendView(
        String gebied, List<String> notices, ChartView chart, List<TrendRow> rows, boolean anySuppressed) {

    /**
     * @param chart the chart's id, title and text alternative
     * @param definitions the page's indicators that the catalog holds, in page order
     * @param missingFromCatalog page indicators the catalog does not hold
     * @param expectNational whether national figures exist for these indicators (say so when they are missing)
     */
    public static TrendView build(
            ChartText chart,
            List<KpiDefinition> definitions,
            List<String> missingFromCatalog,
            Optional<Area> swv,
            List<KpiValue> totals,
            List<NationalValue> national,
            boolean expectNational,
            SourceAvailability sources) {
        List<String> notices = new ArrayList<>();
        if (swv.isEmpty()) {
            notices.add("Deze publicatie bevat nog geen cijfers op het niveau van het samenwerkingsverband.");
        }
        for (String id : missingFromCatalog) {
            notices.add("De indicator " + id + " staat niet in de indicatorcatalogus van deze publicatie.");
        }
        Map<String, Map<String, KpiValue>> values = totals.stream()
                .collect(Collectors.groupingBy(
                        KpiValue::indicator, Collectors.toMap(KpiValue::periode, Function.identity(), (a, b) -> a)));
        Map<String, Map<String, BigDecimal>> landelijk = national.stream()
                .collect(Collectors.groupingBy(
                        NationalValue::indicator,
                        Collectors.toMap(NationalValue::periode, NationalValue::waarde, (a, b) -> a)));
        for (KpiDefinition definition : definitions) {
            if (!values.containsKey(definition.indicator())) {
                notices.add(sources.noDataMessage(definition));
            }
        }
        if (expectNational && !sources.present(SourceAvailability.NATIONAL_SOURCE)) {
            notices.add("Landelijke cijfers ontbreken: de bron " + SourceAvailability.NATIONAL_SOURCE
                    + " is niet aangeleverd.");
        } else if (expectNational && landelijk.isEmpty()) {
            notices.add("Landelijke cijfers ontbreken: de bron " + SourceAvailability.NATIONAL_SOURCE
                    + " bevat geen cijfers voor deze indicatoren.");
        }

        TreeSet<String> periods = new TreeSet<>(Periode.ORDER);
        totals.forEach(v -> periods.add(v.periode()));
        List<TrendRow> rows = new ArrayList<>();
        for (String periode : periods) {
            for (KpiDefinition d : definitions) {
                KpiValue v = values.getOrDefault(d.indicator(), Map.of()).get(periode);
                if (v != null) {
                    rows.add(row(
                            d,
                            v,
                            landelijk.getOrDefault(d.indicator(), Map.of()).get(periode)));
                }
            }
        }
        ChartView chartView =
                values.isEmpty() ? null : chart(chart, definitions, List.copyOf(periods), values, landelijk);
        return new TrendView(
                swv.map(Area::label).orElse(""),
                List.copyOf(notices),
                chartView,
                List.copyOf(rows),
                totals.stream().anyMatch(KpiValue::onderdrukt));
    }

    private static TrendRow row(KpiDefinition d, KpiValue v, BigDecimal landelijk) {
        return new TrendRow(
                v.periode(),
                d.naam(),
                Cell.count(v.teller(), v.onderdrukt()),
                Cell.count(v.noemer(), v.onderdrukt()),
                Cell.of(v.waarde(), d.eenheid(), d.decimalen(), v.onderdrukt()),
                DutchFormat.value(landelijk, d.eenheid(), d.decimalen()),
                NormText.of(v.norm(), d.richting(), d.eenheid(), d.decimalen()),
                StatusLabel.of(v.status()));
    }

    private static ChartView chart(
            ChartText text,
            List<KpiDefinition> definitions,
            List<String> periods,
            Map<String, Map<String, KpiValue>> values,
            Map<String, Map<String, BigDecimal>> landelijk) {
        List<ChartSeries> series = new ArrayList<>();
        String unit = definitions.isEmpty() ? "%" : definitions.get(0).eenheid();
        for (int i = 0; i < definitions.size(); i++) {
            KpiDefinition d = definitions.get(i);
            Map<String, KpiValue> byPeriod = values.get(d.indicator());
            if (byPeriod == null) {
                continue;
            }
            series.add(new ChartSeries(
                    d.naam(),
                    periods.stream()
                            .map(p -> byPeriod.containsKey(p) ? byPeriod.get(p).waarde() : null)
                            .toList(),
                    ChartPalette.color(i),
                    false));
            Map<String, BigDecimal> national = landelijk.get(d.indicator());
            if (national != null) {
                series.add(new ChartSeries(
                        d.naam() + " (landelijk)",
                        periods.stream().map(national::get).toList(),
                        ChartPalette.color(i),
                        true));
            }
        }
        return ChartView.of(text.id(), new ChartSpec(text.title(), periods, series, unit), text.label());
    }
}

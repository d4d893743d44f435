package nl.dekkend.dashboard.vergelijking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartSeries;
import nl.dekkend.dashboard.chart.ChartSpec;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.export.ExportTable;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.toegang.Comparison;

/**
 * The page "Vergelijking met andere samenwerkingsverbanden" for one indicator and period: per indicator of the period
 * the own SWV's value, its place among all SWVs and among those of similar size, both medians and landelijk (computed
 * and DUO's); for the chosen indicator a bar chart of every SWV shown, sorted by value, the own SWV and those of
 * similar size marked, and the same as a table. Built only from what {@code toegang.Figures#comparison} returned.
 */
public record VergelijkingView(
        String eigen,
        String indicator,
        String indicatorNaam,
        String periode,
        List<Option> indicatoren,
        List<Option> periodes,
        List<Summary> samenvatting,
        String zin,
        String groepZin,
        ChartView chart,
        List<Row> rows,
        int verborgen,
        boolean onderdrukt,
        String exportQuery) {

    /** A choice of a selector. */
    public record Option(String value, String label, boolean current) {}

    /** One indicator of the period for the own SWV. */
    public record Summary(
            String naam,
            String link,
            boolean current,
            Cell eigen,
            String plaats,
            String plaatsGroep,
            Cell mediaan,
            Cell mediaanGroep,
            Cell landelijk,
            Cell landelijkDuo) {}

    /** One SWV of the chosen indicator and period, in the order of the chart; hidden ones last. */
    public record Row(
            String plaats, String swv, boolean eigen, String vergelijkbaar, Cell grootte, Cell teller, Cell waarde) {}

    /** SWVs of similar size: those of the own SWV's size class. */
    static boolean similar(Comparison c, Comparison own) {
        return own != null && c.grootteklasse() != null && Objects.equals(c.grootteklasse(), own.grootteklasse());
    }

    static VergelijkingView build(
            Area swv,
            List<KpiDefinition> definitions,
            Map<String, List<Comparison>> byIndicator,
            KpiDefinition chosen,
            String periode,
            List<String> periodes) {
        List<Comparison> cells = byIndicator.get(chosen.indicator()).stream()
                .filter(c -> c.periode().equals(periode))
                .toList();
        Comparison own = find(cells, swv.code()).orElse(null);
        List<Summary> samenvatting = new ArrayList<>();
        for (KpiDefinition d : definitions) {
            List<Comparison> ofPeriod = byIndicator.get(d.indicator()).stream()
                    .filter(c -> c.periode().equals(periode))
                    .toList();
            if (ofPeriod.isEmpty()) {
                continue;
            }
            Optional<Comparison> o = find(ofPeriod, swv.code());
            Comparison any = ofPeriod.get(0);
            samenvatting.add(new Summary(
                    d.naam(),
                    "/vergelijking?indicator=" + d.indicator() + "&periode=" + periode,
                    d.indicator().equals(chosen.indicator()),
                    o.map(c -> value(c.waarde(), d, c.onderdrukt())).orElse(value(null, d, false)),
                    o.map(c -> place(c.rang(), c.aantal())).orElse(DutchFormat.NO_VALUE),
                    o.map(c -> place(c.rangGrootteklasse(), c.aantalGrootteklasse()))
                            .orElse(DutchFormat.NO_VALUE),
                    value(any.mediaan(), d, false),
                    o.map(c -> value(c.mediaanGrootteklasse(), d, false)).orElse(value(null, d, false)),
                    value(any.landelijkWaarde(), d, false),
                    value(any.landelijkDuo(), d, false)));
        }
        List<Comparison> sorted = cells.stream()
                .filter(c -> !c.onderdrukt() && c.waarde() != null)
                .sorted(Comparator.comparing(Comparison::waarde).thenComparing(Comparison::swvCode))
                .toList();
        List<Comparison> rest = cells.stream()
                .filter(c -> c.onderdrukt() || c.waarde() == null)
                .sorted(Comparator.comparing(Comparison::onderdrukt).thenComparing(Comparison::swvCode))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (Comparison c : sorted) {
            rows.add(row(c, own, swv, chosen));
        }
        for (Comparison c : rest) {
            rows.add(row(c, own, swv, chosen));
        }
        int verborgen = (int) cells.stream().filter(Comparison::onderdrukt).count();
        String naam = chosen.naam();
        String zin;
        String groepZin = "";
        if (own == null) {
            zin = swv.label() + " staat in " + periode + " niet in DUO's telling per samenwerkingsverband.";
        } else if (own.onderdrukt()) {
            zin = "Het cijfer van " + swv.label() + " voor " + naam.toLowerCase(java.util.Locale.ROOT) + " in "
                    + periode + " is onderdrukt: er zijn te weinig leerlingen om het te tonen.";
        } else if (own.rang() == null) {
            zin = swv.label() + " heeft in " + periode + " geen leerlingen in BaO en SBO.";
        } else {
            zin = swv.label() + " staat in " + periode + " met "
                    + value(own.waarde(), chosen, false).text()
                    + " op plaats " + own.rang() + " van " + own.aantal()
                    + (verborgen > 0 ? " getoonde" : "")
                    + " samenwerkingsverbanden, oplopend: plaats 1 heeft het laagste percentage.";
            List<Comparison> group =
                    sorted.stream().filter(c -> similar(c, own)).toList();
            String range = group.isEmpty()
                    ? ""
                    : " ("
                            + DutchFormat.count(group.stream()
                                    .mapToLong(Comparison::grootte)
                                    .min()
                                    .orElse(0))
                            + " tot "
                            + DutchFormat.count(group.stream()
                                    .mapToLong(Comparison::grootte)
                                    .max()
                                    .orElse(0))
                            + " leerlingen in BaO en SBO; grootteklasse " + own.grootteklasse() + " van 5)";
            groepZin = "Onder de " + own.aantalGrootteklasse() + " samenwerkingsverbanden van vergelijkbare grootte"
                    + range + " is dat plaats " + own.rangGrootteklasse() + ".";
        }
        return new VergelijkingView(
                swv.label(),
                chosen.indicator(),
                naam,
                periode,
                definitions.stream()
                        .filter(d -> byIndicator.containsKey(d.indicator()))
                        .map(d -> new Option(
                                d.indicator(), d.naam(), d.indicator().equals(chosen.indicator())))
                        .toList(),
                periodes.stream().map(p -> new Option(p, p, p.equals(periode))).toList(),
                samenvatting,
                zin,
                groepZin,
                sorted.isEmpty() ? null : chart(sorted, own, swv, chosen, periode),
                rows,
                verborgen,
                cells.stream().anyMatch(Comparison::onderdrukt),
                "indicator=" + chosen.indicator() + "&periode=" + periode + "&");
    }

    private static Optional<Comparison> find(List<Comparison> cells, String code) {
        return cells.stream().filter(c -> c.swvCode().equals(code)).findFirst();
    }

    private static Row row(Comparison c, Comparison own, Area swv, KpiDefinition d) {
        boolean eigen = c.swvCode().equals(swv.code());
        return new Row(
                c.rang() == null ? DutchFormat.NO_VALUE : String.valueOf(c.rang()),
                eigen ? swv.label() : c.swvCode(),
                eigen,
                eigen ? "eigen" : c.onderdrukt() ? DutchFormat.NO_VALUE : similar(c, own) ? "ja" : "nee",
                c.onderdrukt()
                        ? Cell.count(null, true)
                        : Cell.count(c.grootte() == null ? null : BigDecimal.valueOf(c.grootte()), false),
                Cell.count(c.teller(), c.onderdrukt()),
                value(c.waarde(), d, c.onderdrukt()));
    }

    private static Cell value(BigDecimal waarde, KpiDefinition d, boolean onderdrukt) {
        return Cell.of(waarde, d.eenheid(), d.decimalen(), onderdrukt);
    }

    /** {@code 12 van 77}, or "–" without a place. */
    static String place(Integer rang, Integer aantal) {
        return rang == null ? DutchFormat.NO_VALUE : rang + " van " + aantal;
    }

    private static ChartView chart(List<Comparison> sorted, Comparison own, Area swv, KpiDefinition d, String periode) {
        List<String> x = sorted.stream().map(Comparison::swvCode).toList();
        List<BigDecimal> eigen = new ArrayList<>();
        List<BigDecimal> vergelijkbaar = new ArrayList<>();
        List<BigDecimal> overig = new ArrayList<>();
        for (Comparison c : sorted) {
            boolean isOwn = c.swvCode().equals(swv.code());
            boolean isSimilar = !isOwn && similar(c, own);
            eigen.add(isOwn ? c.waarde() : null);
            vergelijkbaar.add(isSimilar ? c.waarde() : null);
            overig.add(!isOwn && !isSimilar ? c.waarde() : null);
        }
        ChartSpec spec = new ChartSpec(
                d.naam() + ", " + periode,
                x,
                List.of(
                        new ChartSeries("Eigen samenwerkingsverband", eigen, ChartPalette.color(1), false),
                        new ChartSeries("Vergelijkbare grootte", vergelijkbaar, ChartPalette.color(0), false),
                        new ChartSeries("Overige samenwerkingsverbanden", overig, ChartPalette.color(7), false)),
                d.eenheid(),
                ChartSpec.Kind.STACKED_BAR,
                null);
        return ChartView.of(
                "chart-vergelijking",
                spec,
                "Staafdiagram van " + d.naam().toLowerCase(java.util.Locale.ROOT) + " in " + periode + " voor "
                        + sorted.size() + " samenwerkingsverbanden, van laag naar hoog; " + swv.label()
                        + " en de samenwerkingsverbanden van vergelijkbare grootte zijn gemarkeerd. De cijfers staan in"
                        + " de tabel hieronder.");
    }

    /** The chosen indicator's table as it leaves the dashboard: what the page shows, numbers as numbers. */
    ExportTable export(KpiDefinition d, List<Comparison> cells, Area swv, List<List<String>> toelichting) {
        Comparison own = find(cells, swv.code()).orElse(null);
        List<List<Object>> out = new ArrayList<>();
        List<Comparison> ordered = new ArrayList<>();
        cells.stream()
                .filter(c -> !c.onderdrukt() && c.waarde() != null)
                .sorted(Comparator.comparing(Comparison::waarde).thenComparing(Comparison::swvCode))
                .forEach(ordered::add);
        cells.stream()
                .filter(c -> c.onderdrukt() || c.waarde() == null)
                .sorted(Comparator.comparing(Comparison::onderdrukt).thenComparing(Comparison::swvCode))
                .forEach(ordered::add);
        for (Comparison c : ordered) {
            boolean eigen = c.swvCode().equals(swv.code());
            out.add(java.util.Arrays.asList(
                    c.periode(),
                    c.rang() == null ? null : BigDecimal.valueOf(c.rang()),
                    c.aantal() == null ? null : BigDecimal.valueOf(c.aantal()),
                    c.swvCode(),
                    eigen ? "ja" : "nee",
                    eigen || c.onderdrukt() ? null : similar(c, own) ? "ja" : "nee",
                    c.grootte() == null ? null : BigDecimal.valueOf(c.grootte()),
                    c.grootteklasse() == null ? null : BigDecimal.valueOf(c.grootteklasse()),
                    c.teller(),
                    c.noemer(),
                    c.waarde(),
                    c.onderdrukt() ? "ja" : "nee"));
        }
        return new ExportTable(
                "vergelijking_" + d.indicator() + "_" + periode,
                "Vergelijking",
                List.of(
                        ExportTable.Column.text("Periode"),
                        ExportTable.Column.number("Plaats (oplopend)", 0),
                        ExportTable.Column.number("Van", 0),
                        ExportTable.Column.text("Samenwerkingsverband"),
                        ExportTable.Column.text("Eigen"),
                        ExportTable.Column.text("Vergelijkbare grootte"),
                        ExportTable.Column.number("Leerlingen BaO + SBO", 0),
                        ExportTable.Column.number("Grootteklasse", 0),
                        ExportTable.Column.number("Teller", 0),
                        ExportTable.Column.number("Noemer", 0),
                        ExportTable.Column.number("Waarde (" + d.eenheid() + ")", d.decimalen()),
                        ExportTable.Column.text("Onderdrukt")),
                out,
                toelichting);
    }
}

package nl.dekkend.dashboard.indicator;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartSeries;
import nl.dekkend.dashboard.chart.ChartSpec;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.NormText;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.Niveau;

/**
 * The "per gebied" part of the indicator page for one level: the level links, the choice of gebied and periode,
 * a table of all areas × periods (totals), a bar chart of the chosen period across the areas with the norm, and the
 * breakdowns ({@code uitsplitsing}) of the chosen area as a table and a bar chart.
 */
public record AreaView(
        String niveau,
        List<Choice> niveaus,
        String niveauNaam,
        String gebiedLabel,
        String periode,
        List<Choice> gebieden,
        List<Choice> periodes,
        String periodeKop,
        List<AreaRow> rows,
        List<String> normen,
        ChartView areaChart,
        List<AreaRow> breakdown,
        ChartView breakdownChart,
        boolean anySuppressed,
        String gebied,
        String binnen,
        String binnenLabel,
        String binnenTerug) {

    /** One option of a selector: value, text, link (for level links) and whether it is the current one. */
    public record Choice(String value, String label, String link, boolean current) {}

    /**
     * One table line: a label (area or breakdown), per period its formatted value and status, for an area the link
     * that selects it and the links down to the levels below it that hold areas within it with figures in the chosen
     * period (drill-down); empty for a breakdown.
     */
    public record AreaRow(String code, String naam, List<AreaCell> cells, String link, List<Choice> verder) {

        AreaRow linked(String to, List<Choice> down) {
            return new AreaRow(code, naam, cells, to, down);
        }
    }

    public record AreaCell(Cell waarde, StatusLabel status) {}

    public static AreaView build(
            Niveau catalog,
            KpiDefinition d,
            List<String> levels,
            AreaSelection selection,
            List<KpiValue> rows,
            Drill drill,
            List<KpiValue> all,
            Drill.Within within) {
        List<KpiValue> totals =
                rows.stream().filter(v -> v.uitsplitsing().isEmpty()).toList();
        List<String> periods = periods(rows);
        Map<String, String> names = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparing(KpiValue::gebied))
                .forEach(v -> names.merge(
                        v.gebied(), v.gebiedNaam() == null ? "" : v.gebiedNaam(), (a, b) -> a.isEmpty() ? b : a));
        String base = "/indicatoren/" + d.indicator();
        List<Choice> niveaus = levels.stream()
                .map(n -> new Choice(n, catalog.naam(n), base + "?niveau=" + n, n.equals(selection.niveau())))
                .toList();
        List<Choice> gebieden = names.entrySet().stream()
                .map(e -> new Choice(
                        e.getKey(),
                        label(e.getKey(), e.getValue()),
                        "",
                        e.getKey().equals(selection.gebied())))
                .toList();
        List<Choice> periodes = periods.stream()
                .map(p -> new Choice(
                        p, Periode.parse(p).map(Periode::omschrijving).orElse(p), "", p.equals(selection.periode())))
                .toList();
        String binnenQuery = drill == null ? "" : "binnen=" + drill.niveau() + ":" + encode(drill.gebied()) + "&";
        List<String> below = Drill.below(catalog, selection.niveau(), levels);
        List<AreaRow> areaRows = names.entrySet().stream()
                .map(e -> row(
                                d,
                                e.getKey(),
                                e.getValue(),
                                periods,
                                totals.stream()
                                        .filter(v -> v.gebied().equals(e.getKey()))
                                        .toList())
                        .linked(
                                base + "?niveau=" + selection.niveau() + "&" + binnenQuery + "gebied="
                                        + encode(e.getKey()) + "&periode=" + encode(selection.periode()),
                                below.stream()
                                        .filter(n -> all.stream()
                                                .anyMatch(v -> v.niveau().equals(n)
                                                        && v.periode().equals(selection.periode())
                                                        && within.test(n, v.gebied(), selection.niveau(), e.getKey())))
                                        .map(n -> new Choice(
                                                n,
                                                catalog.naam(n),
                                                base + "?niveau=" + n + "&binnen=" + selection.niveau() + ":"
                                                        + encode(e.getKey()) + "&periode="
                                                        + encode(selection.periode()),
                                                false))
                                        .toList()))
                .toList();
        String binnenLabel = drill == null
                ? ""
                : catalog.naam(drill.niveau()).toLowerCase(Locale.ROOT) + " "
                        + label(
                                drill.gebied(),
                                all.stream()
                                        .filter(v -> v.niveau().equals(drill.niveau())
                                                && v.gebied().equals(drill.gebied())
                                                && v.gebiedNaam() != null)
                                        .map(KpiValue::gebiedNaam)
                                        .findFirst()
                                        .orElse(""));
        String binnenTerug = drill == null
                ? ""
                : base + "?niveau=" + drill.niveau() + "&gebied=" + encode(drill.gebied()) + "&periode="
                        + encode(selection.periode());
        List<String> normen = periods.stream()
                .map(p -> NormText.of(
                        totals.stream()
                                .filter(v -> v.periode().equals(p))
                                .map(KpiValue::norm)
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElse(null),
                        d.richting(),
                        d.eenheid(),
                        d.decimalen()))
                .toList();
        List<KpiValue> ofArea =
                rows.stream().filter(v -> v.gebied().equals(selection.gebied())).toList();
        List<AreaRow> breakdown = breakdownRows(d, periods, ofArea);
        return new AreaView(
                selection.niveau(),
                niveaus,
                catalog.naam(selection.niveau()),
                label(selection.gebied(), names.getOrDefault(selection.gebied(), "")),
                selection.periode(),
                gebieden,
                periodes,
                Periode.heading(periods),
                areaRows,
                normen,
                areaChart(d, catalog.naam(selection.niveau()), selection, totals, names, drillLinks(areaRows)),
                breakdown,
                breakdown.isEmpty() ? null : breakdownChart(d, selection, periods, ofArea),
                rows.stream().anyMatch(KpiValue::onderdrukt),
                selection.gebied(),
                drill == null ? "" : drill.niveau() + ":" + drill.gebied(),
                binnenLabel,
                binnenTerug);
    }

    /** {@code binnen=stadsdeel:SD01&} for links that keep the drill-down, else empty. */
    public String binnenQuery() {
        int colon = binnen.indexOf(':');
        return binnen.isEmpty()
                ? ""
                : "binnen=" + binnen.substring(0, colon + 1) + encode(binnen.substring(colon + 1)) + "&";
    }

    /** Whether any area row links down to a level below it. */
    public boolean verder() {
        return rows.stream().anyMatch(r -> !r.verder().isEmpty());
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> periods(List<KpiValue> rows) {
        TreeSet<String> periods = new TreeSet<>(Periode.ORDER);
        rows.forEach(v -> periods.add(v.periode()));
        return List.copyOf(periods);
    }

    private static AreaRow row(KpiDefinition d, String code, String naam, List<String> periods, List<KpiValue> values) {
        List<AreaCell> cells = new ArrayList<>();
        for (String p : periods) {
            KpiValue v = values.stream()
                    .filter(x -> x.periode().equals(p))
                    .findFirst()
                    .orElse(null);
            cells.add(
                    v == null
                            ? new AreaCell(Cell.of(null, d.eenheid(), d.decimalen(), false), StatusLabel.NONE)
                            : new AreaCell(
                                    Cell.of(v.waarde(), d.eenheid(), d.decimalen(), v.onderdrukt()),
                                    StatusLabel.of(v.status())));
        }
        return new AreaRow(code, naam, List.copyOf(cells), "", List.of());
    }

    /** The breakdowns of the chosen area, the total ('') first as "Totaal"; empty when it has no breakdowns. */
    private static List<AreaRow> breakdownRows(KpiDefinition d, List<String> periods, List<KpiValue> ofArea) {
        TreeSet<String> parts = new TreeSet<>();
        ofArea.forEach(v -> parts.add(v.uitsplitsing()));
        if (parts.size() == 1 && parts.contains("")) {
            return List.of();
        }
        return parts.stream()
                .map(u -> row(
                        d,
                        u,
                        u.isEmpty() ? "Totaal" : u,
                        periods,
                        ofArea.stream().filter(v -> v.uitsplitsing().equals(u)).toList()))
                .toList();
    }

    /**
     * Per area the page a click on its bar opens: the first level below it the table's "Verder naar" links to, else
     * the area itself (as its row's link).
     */
    private static Map<String, String> drillLinks(List<AreaRow> rows) {
        Map<String, String> links = new java.util.HashMap<>();
        rows.forEach(r -> links.put(
                r.code(), r.verder().isEmpty() ? r.link() : r.verder().get(0).link()));
        return links;
    }

    /**
     * The chosen period across the areas, highest value first (no value last), with the norm as a line; a click on a
     * bar opens that area's drill-down.
     */
    private static ChartView areaChart(
            KpiDefinition d,
            String niveauNaam,
            AreaSelection selection,
            List<KpiValue> totals,
            Map<String, String> names,
            Map<String, String> links) {
        List<KpiValue> inPeriod = totals.stream()
                .filter(v -> v.periode().equals(selection.periode()))
                .sorted(Comparator.comparing(KpiValue::waarde, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(KpiValue::gebied))
                .toList();
        if (inPeriod.isEmpty()) {
            return null;
        }
        List<String> x = inPeriod.stream()
                .map(v -> {
                    String naam = names.getOrDefault(v.gebied(), "");
                    return naam.isEmpty() ? v.gebied() : naam;
                })
                .toList();
        BigDecimal norm = inPeriod.stream()
                .map(KpiValue::norm)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        ChartSeries series = new ChartSeries(
                d.naam() + " " + selection.periode(),
                inPeriod.stream().map(KpiValue::waarde).toList(),
                ChartPalette.color(0),
                false);
        String label = "Staafdiagram van " + d.naam() + " per "
                + niveauNaam.toLowerCase(Locale.ROOT) + " in " + selection.periode()
                + ", van hoog naar laag"
                + (norm == null
                        ? ""
                        : ", met de norm " + NormText.of(norm, d.richting(), d.eenheid(), d.decimalen()) + " als lijn")
                + ". De cijfers staan in de tabel hieronder; een klik op een staaf opent dat gebied.";
        return ChartView.of(
                        "chart-gebieden",
                        new ChartSpec(
                                d.naam() + " per gebied", x, List.of(series), d.eenheid(), ChartSpec.Kind.BAR, norm),
                        label)
                .linked(inPeriod.stream().map(v -> links.get(v.gebied())).toList());
    }

    /** The breakdowns per period: stacked for counts and amounts (parts of a whole), side by side otherwise. */
    private static ChartView breakdownChart(
            KpiDefinition d, AreaSelection selection, List<String> periods, List<KpiValue> ofArea) {
        TreeSet<String> parts = new TreeSet<>();
        ofArea.stream().map(KpiValue::uitsplitsing).filter(u -> !u.isEmpty()).forEach(parts::add);
        List<ChartSeries> series = new ArrayList<>();
        for (String part : parts) {
            series.add(new ChartSeries(
                    part,
                    periods.stream()
                            .map(p -> ofArea.stream()
                                    .filter(v -> v.uitsplitsing().equals(part)
                                            && v.periode().equals(p))
                                    .map(KpiValue::waarde)
                                    .filter(Objects::nonNull)
                                    .findFirst()
                                    .orElse(null))
                            .toList(),
                    ChartPalette.color(series.size()),
                    false));
        }
        boolean stacked = List.of("leerlingen", "aantal", "€").contains(d.eenheid());
        String label = (stacked ? "Gestapeld staafdiagram" : "Staafdiagram") + " van " + d.naam() + " voor "
                + selection.gebied() + " per periode, uitgesplitst naar " + String.join(", ", parts)
                + ". De cijfers staan in de tabel hieronder.";
        return ChartView.of(
                "chart-uitsplitsing",
                new ChartSpec(
                        d.naam() + " uitgesplitst",
                        periods,
                        series,
                        d.eenheid(),
                        stacked ? ChartSpec.Kind.STACKED_BAR : ChartSpec.Kind.BAR,
                        null),
                label);
    }

    private static String label(String code, String naam) {
        if (code == null) {
            return "";
        }
        return naam == null || naam.isBlank() ? code : code + " " + naam;
    }
}

package nl.dekkend.dashboard.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * One indicator of the OOGO-overzicht over the schooljaren up to the report's: the gemeente against the SWV as a
 * vector chart ({@link TrendChart}) with its figures as a table; a hidden figure is a gap in the line and onderdrukt
 * in the table.
 */
public record OogoVerloop(String naam, String svg, String alt, List<Punt> punten) {

    /** One row of the table beside the chart. */
    public record Punt(String periode, Cell gemeente, Cell swv) {}

    /**
     * The chart of one indicator, or empty with fewer than two schooljaren. {@code gemeente} and {@code swv}: its rows
     * without breakdown as the privacy layer discloses them.
     */
    static Optional<OogoVerloop> of(
            KpiDefinition d, String gemeenteNaam, List<KpiValue> gemeente, List<KpiValue> swv, String tot) {
        TreeSet<String> periods = new TreeSet<>();
        gemeente.forEach(v -> periods.add(v.periode()));
        swv.forEach(v -> periods.add(v.periode()));
        periods.removeIf(p -> !p.contains("-") || p.compareTo(tot) > 0);
        if (periods.size() < 2) {
            return Optional.empty();
        }
        Map<String, KpiValue> own = byPeriod(gemeente);
        Map<String, KpiValue> total = byPeriod(swv);
        Map<String, BigDecimal> ownLine = new LinkedHashMap<>();
        Map<String, BigDecimal> totalLine = new LinkedHashMap<>();
        List<Punt> punten = new ArrayList<>();
        for (String p : periods) {
            ownLine.put(p, shown(own.get(p)));
            totalLine.put(p, shown(total.get(p)));
            punten.add(new Punt(p, cell(own.get(p), d), cell(total.get(p), d)));
        }
        Punt first = punten.get(0);
        Punt last = punten.get(punten.size() - 1);
        String alt = "Lijngrafiek van " + d.naam() + " per schooljaar, " + first.periode() + " tot " + last.periode()
                + ", voor " + gemeenteNaam + " (" + first.gemeente().text() + " tot "
                + last.gemeente().text()
                + ") en het samenwerkingsverband (" + first.swv().text() + " tot "
                + last.swv().text()
                + "). De cijfers staan in de tabel ernaast.";
        List<String> x = List.copyOf(periods);
        boolean swvLine = totalLine.values().stream().anyMatch(v -> v != null);
        String svg = TrendChart.svg(
                x,
                ownLine,
                gemeenteNaam,
                totalLine,
                swvLine ? "samenwerkingsverband" : null,
                d.eenheid(),
                d.decimalen(),
                alt);
        return Optional.of(new OogoVerloop(d.naam(), svg, alt, punten));
    }

    private static Map<String, KpiValue> byPeriod(List<KpiValue> rows) {
        Map<String, KpiValue> map = new LinkedHashMap<>();
        rows.stream().filter(v -> v.uitsplitsing().isEmpty()).forEach(v -> map.put(v.periode(), v));
        return map;
    }

    private static BigDecimal shown(KpiValue v) {
        return v == null || v.onderdrukt() ? null : v.waarde();
    }

    private static Cell cell(KpiValue v, KpiDefinition d) {
        if (v == null) {
            return new Cell(DutchFormat.NO_VALUE, false);
        }
        return Cell.of(v.waarde(), d.eenheid(), d.decimalen(), v.onderdrukt());
    }
}

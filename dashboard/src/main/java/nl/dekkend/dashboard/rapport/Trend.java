package nl.dekkend.dashboard.rapport;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.dekkend.appdb.pdca.Norm;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.NormText;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.pdca.PdcaChart;

/**
 * One indicator's trend for print: the chart (SVG with alt text) and the same figures as a table, with the norms per
 * planperiode and the numbered actions as intervals, the way the PDCA page's chart shows them.
 */
public record Trend(String svg, String alt, List<Point> points) {

    /** One row of the data table beside the chart. */
    public record Point(String periode, Cell waarde, String norm, String planperiode) {}

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    static Trend of(KpiDefinition d, List<KpiValue> totals, NormSet norms, List<NumberedAction> actions) {
        boolean schooljaren = totals.stream().allMatch(v -> v.periode().contains("-"));
        TreeSet<String> present = new TreeSet<>();
        totals.forEach(v -> present.add(v.periode()));
        List<TrendChart.Interval> intervals = new ArrayList<>();
        for (NumberedAction n : actions) {
            String from = PdcaChart.period(n.action().aangemaaktOp().atZone(NL).toLocalDate(), schooljaren);
            String to = PdcaChart.period(PdcaChart.end(n.action()), schooljaren);
            if (to.compareTo(from) < 0) {
                to = from;
            }
            present.add(from);
            present.add(to);
            intervals.add(new TrendChart.Interval(n.nummer(), from, to));
        }
        List<String> periods = PdcaChart.fill(new ArrayList<>(present), schooljaren);
        Map<String, KpiValue> byPeriod = new LinkedHashMap<>();
        totals.forEach(v -> byPeriod.put(v.periode(), v));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<TrendChart.NormPoint> normLine = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (String p : periods) {
            KpiValue v = byPeriod.get(p);
            values.put(p, v == null || v.onderdrukt() ? null : v.waarde());
            Norm norm = norms.norm(d.indicator(), p).orElse(null);
            normLine.add(new TrendChart.NormPoint(
                    p, norm == null ? null : norm.norm(), norm == null ? null : norm.planperiode()));
            if (v != null) {
                points.add(new Point(
                        p,
                        Cell.of(v.waarde(), d.eenheid(), d.decimalen(), v.onderdrukt()),
                        norm == null
                                ? "geen norm"
                                : NormText.of(norm.norm(), norm.richting(), d.eenheid(), d.decimalen()),
                        norm == null ? "" : norm.planperiode()));
            }
        }
        String alt = alt(d, points, intervals);
        return new Trend(
                TrendChart.svg(periods, values, normLine, intervals, d.eenheid(), d.decimalen(), alt), alt, points);
    }

    private static String alt(KpiDefinition d, List<Point> points, List<TrendChart.Interval> intervals) {
        StringBuilder text = new StringBuilder("Lijngrafiek van " + d.naam() + " per periode");
        if (!points.isEmpty()) {
            Point first = points.get(0);
            Point last = points.get(points.size() - 1);
            text.append(", van ")
                    .append(first.waarde().text())
                    .append(" in ")
                    .append(first.periode())
                    .append(" tot ")
                    .append(last.waarde().text())
                    .append(" in ")
                    .append(last.periode());
        }
        text.append(", met de norm per planperiode als stippellijn");
        if (!intervals.isEmpty()) {
            text.append(" en ")
                    .append(intervals.size())
                    .append(intervals.size() == 1 ? " verbeteractie" : " verbeteracties");
            text.append(" als gemarkeerde periode");
        }
        return text.append(". De cijfers staan in de tabel ernaast.").toString();
    }
}

package nl.dekkend.dashboard.pdca;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.dekkend.appdb.pdca.Action;
import nl.dekkend.appdb.pdca.Norm;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * The trend of an indicator for the PDCA page as an ECharts option: the value per period, the norm of each
 * planperiode as a step line, and every action as a marked interval from the period it was agreed in to the period
 * it ended (or its deadline), so the commissie sees the value before and after it.
 */
public final class PdcaChart {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private PdcaChart() {}

    /** A chart for the template's {@code chart} macro. */
    record Block(String id, String unit, String label, String json) {}

    static Block build(String naam, String unit, List<KpiValue> totals, NormSet norms, List<Action> actions) {
        boolean schooljaren = totals.stream().allMatch(v -> v.periode().contains("-"));
        TreeSet<String> periods = new TreeSet<>();
        totals.forEach(v -> periods.add(v.periode()));
        List<List<String>> intervals = new ArrayList<>();
        for (Action a : actions) {
            String from = period(a.aangemaaktOp().atZone(NL).toLocalDate(), schooljaren);
            String to = period(end(a), schooljaren);
            if (to.compareTo(from) < 0) {
                to = from;
            }
            periods.add(from);
            periods.add(to);
            intervals.add(List.of(from, to, a.omschrijving()));
        }
        List<String> x = fill(new ArrayList<>(periods), schooljaren);
        Map<String, BigDecimal> byPeriod = new LinkedHashMap<>();
        totals.forEach(v -> byPeriod.put(v.periode(), v.waarde()));

        List<Object> series = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", naam);
        values.put("type", "line");
        values.put("connectNulls", false);
        values.put("data", x.stream().map(byPeriod::get).toList());
        List<Object> areas = new ArrayList<>();
        for (List<String> interval : intervals) {
            areas.add(List.of(
                    Map.of("name", "Actie: " + interval.get(2), "xAxis", interval.get(0)),
                    Map.of("xAxis", interval.get(1))));
        }
        values.put(
                "markArea",
                Map.of(
                        "itemStyle", Map.of("color", "rgba(0, 90, 160, 0.12)"),
                        "label", Map.of("show", false),
                        "data", areas));
        series.add(values);
        for (String plan : norms.planperiodes().stream().map(p -> p.code()).toList()) {
            List<Object> line = new ArrayList<>();
            boolean any = false;
            for (String period : x) {
                Norm norm = norms.norm(totals.isEmpty() ? "" : totals.get(0).indicator(), period)
                        .filter(n -> n.planperiode().equals(plan))
                        .orElse(null);
                line.add(norm == null ? null : norm.norm());
                any |= norm != null;
            }
            if (any) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("name", "Norm " + plan);
                step.put("type", "line");
                step.put("step", "middle");
                step.put("symbol", "none");
                step.put("lineStyle", Map.of("type", "dashed"));
                step.put("data", line);
                series.add(step);
            }
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 60, "right", 20, "top", 40, "bottom", 30));
        option.put("xAxis", Map.of("type", "category", "data", x));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series);
        try {
            return new Block(
                    "chart-pdca",
                    unit,
                    "Verloop van " + naam + " per periode met de norm per planperiode (stippellijn) en de"
                            + " verbeteracties als gemarkeerde periodes. De cijfers staan in de tabellen op deze pagina.",
                    JSON.writeValueAsString(option));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The end of an action's interval: its deadline while it runs, else the day it was last changed. */
    public static LocalDate end(Action a) {
        return a.isOngoing() ? a.deadline() : a.gewijzigdOp().atZone(NL).toLocalDate();
    }

    /** The schooljaar (or kalenderjaar) a date falls in: where an action's interval starts and ends. */
    public static String period(LocalDate date, boolean schooljaren) {
        if (!schooljaren) {
            return String.valueOf(date.getYear());
        }
        int start = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return start + "-" + (start + 1);
    }

    /** Every period from the first to the last, without gaps. */
    public static List<String> fill(List<String> sorted, boolean schooljaren) {
        if (sorted.isEmpty()) {
            return sorted;
        }
        int first = Integer.parseInt(sorted.get(0).substring(0, 4));
        int last = Integer.parseInt(sorted.get(sorted.size() - 1).substring(0, 4));
        List<String> all = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            all.add(schooljaren ? year + "-" + (year + 1) : String.valueOf(year));
        }
        return all;
    }
}

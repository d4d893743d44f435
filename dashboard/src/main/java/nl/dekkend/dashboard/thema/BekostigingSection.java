package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.chart.EChartsOptions;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * Financiën: the DUO bekostiging of the latest schooljaar as a waterfall, from the normatief budget zware
 * ondersteuning through the SO-kosten and the vereveningscorrectie to the resterend budget (the catalog's rule for
 * {@code bekostiging_resterend}); the SBO-afdracht, which that rule leaves out, stands in the table. From the SWV
 * totals {@code toegang.Figures} gave.
 */
final class BekostigingSection {

    static final String NORMATIEF = "bekostiging_normatief_zwaar";
    static final String SO = "bekostiging_so_kosten";
    static final String VEREVENING = "bekostiging_verevening";
    static final String RESTEREND = "bekostiging_resterend";
    static final String SBO = "bekostiging_sbo_afdracht";

    private static final String MIN_COLOR = "#a0245a";
    private static final String PLUS_COLOR = "#2b7a3d";

    private BekostigingSection() {}

    static Optional<ThemaSection> build(List<KpiValue> totals) {
        Optional<String> periode = totals.stream()
                .filter(v -> v.indicator().equals(RESTEREND) && v.uitsplitsing().isEmpty() && v.waarde() != null)
                .map(KpiValue::periode)
                .max(Periode.ORDER);
        if (periode.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal normatief = amount(totals, NORMATIEF, periode.get());
        BigDecimal resterend = amount(totals, RESTEREND, periode.get());
        if (normatief == null) {
            return Optional.empty();
        }
        BigDecimal so = orZero(amount(totals, SO, periode.get()));
        BigDecimal verevening = orZero(amount(totals, VEREVENING, periode.get()));
        BigDecimal sbo = amount(totals, SBO, periode.get());
        BigDecimal naSo = normatief.subtract(so);

        List<String> x = List.of("Normatief budget", "SO-kosten", "Verevening", "Resterend budget");
        List<Object> base = List.of(0, naSo, naSo.min(naSo.subtract(verevening)), 0);
        List<Object> bars = List.of(
                bar(normatief, ChartPalette.color(0)),
                bar(so, MIN_COLOR),
                bar(verevening.abs(), verevening.signum() > 0 ? MIN_COLOR : PLUS_COLOR),
                bar(resterend, ChartPalette.color(0)));
        Map<String, Object> invisible = new LinkedHashMap<>();
        invisible.put("name", "basis");
        invisible.put("type", "bar");
        invisible.put("stack", "waterval");
        invisible.put("silent", true);
        invisible.put("itemStyle", Map.of("color", "transparent", "borderColor", "transparent"));
        invisible.put("emphasis", Map.of("disabled", true));
        invisible.put("tooltip", Map.of("show", false));
        invisible.put("data", base);
        Map<String, Object> visible = new LinkedHashMap<>();
        visible.put("name", "Bedrag");
        visible.put("type", "bar");
        visible.put("stack", "waterval");
        visible.put("barMaxWidth", 64);
        visible.put("data", bars);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("grid", Map.of("left", "3%", "right", "4%", "top", 30, "bottom", 60, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", x, "axisLabel", Map.of("interval", 0)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", List.of(invisible, visible));

        String summary = "In " + periode.get() + " blijft van het normatieve budget zware ondersteuning van "
                + euro(normatief) + ", na de ondersteuningskosten SO (" + euro(so) + ") en de vereveningscorrectie ("
                + signed(verevening.negate()) + "), " + (resterend == null ? "een onbekend bedrag" : euro(resterend))
                + " over.";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Normatief budget zware ondersteuning", euro(normatief)));
        rows.add(List.of("Ondersteuningskosten SO", signed(so.negate())));
        rows.add(List.of("Vereveningscorrectie", signed(verevening.negate())));
        rows.add(List.of("Resterend ondersteuningsbudget", resterend == null ? DutchFormat.NO_VALUE : euro(resterend)));
        rows.add(List.of(
                "Afdracht SBO boven 2 % (staat apart, niet afgetrokken)",
                sbo == null ? DutchFormat.NO_VALUE : euro(sbo)));
        String label = "Watervaldiagram van de bekostiging zware ondersteuning in " + periode.get()
                + ": de eerste staaf is het normatieve budget, de zwevende staven zijn wat eraf gaat (of erbij komt),"
                + " de laatste staaf is wat resteert. " + summary + " De bedragen staan in de tabel hieronder.";
        return Optional.of(new ThemaSection(
                "bekostiging",
                "Van normatief budget naar resterend ondersteuningsbudget",
                summary,
                new ChartView("chart-bekostiging", EChartsOptions.json(option), "€", label),
                "Bekostiging zware ondersteuning, " + periode.get() + ", van normatief budget naar resterend budget",
                List.of("Post", "Bedrag"),
                1,
                rows,
                List.of(),
                false));
    }

    private static Map<String, Object> bar(BigDecimal value, String color) {
        Map<String, Object> bar = new LinkedHashMap<>();
        bar.put("value", value);
        bar.put("itemStyle", Map.of("color", color));
        return bar;
    }

    private static BigDecimal amount(List<KpiValue> totals, String indicator, String periode) {
        return totals.stream()
                .filter(v -> v.indicator().equals(indicator)
                        && v.periode().equals(periode)
                        && v.uitsplitsing().isEmpty())
                .map(KpiValue::waarde)
                .filter(w -> w != null)
                .findFirst()
                .orElse(null);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String euro(BigDecimal amount) {
        return DutchFormat.value(amount, "€", 0);
    }

    private static String signed(BigDecimal amount) {
        String text = euro(amount.abs());
        return amount.signum() > 0 ? "+" + text : amount.signum() < 0 ? "−" + text : text;
    }
}

package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartSeries;
import nl.dekkend.dashboard.chart.ChartSpec;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * Thuiszitters: the count on each peildatum by categorie (the breakdowns of {@code thuiszitters_peildatum} at level
 * swv, as {@code toegang.Figures} discloses them) as stacked bars, with the new ones and the share resolved within 3
 * months of each year in the table.
 */
final class ThuiszittersSection {

    static final String PEILDATUM = "thuiszitters_peildatum";
    static final String NIEUW = "thuiszitters_nieuw";
    static final String BINNEN_3 = "thuiszitters_binnen_3_maanden";

    private ThuiszittersSection() {}

    /** {@code perCategorie}: the rows of thuiszitters_peildatum of the own SWV; {@code totals}: its SWV totals. */
    static Optional<ThemaSection> build(List<KpiValue> perCategorie, List<KpiValue> totals, SectionLinks links) {
        List<KpiValue> parts = perCategorie.stream()
                .filter(v ->
                        v.indicator().equals(PEILDATUM) && !v.uitsplitsing().isEmpty())
                .toList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> periodSet = new TreeSet<>(Periode.ORDER);
        parts.forEach(v -> periodSet.add(v.periode()));
        List<String> periods = List.copyOf(periodSet);
        List<String> categories = List.copyOf(
                new TreeSet<>(parts.stream().map(KpiValue::uitsplitsing).toList()));
        Map<String, KpiValue> cell = new TreeMap<>();
        parts.forEach(v -> cell.put(v.periode() + "|" + v.uitsplitsing(), v));
        List<ChartSeries> series = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            List<BigDecimal> values = periods.stream()
                    .map(p -> Optional.ofNullable(cell.get(p + "|" + c))
                            .filter(v -> !v.onderdrukt())
                            .map(KpiValue::waarde)
                            .orElse(null))
                    .toList();
            series.add(new ChartSeries(categorie(c), values, ChartPalette.color(i), false));
        }
        List<String> kop = new ArrayList<>(List.of("Peildatum (schooljaar)"));
        categories.forEach(c -> kop.add(categorie(c)));
        kop.addAll(List.of("Totaal", "Nieuw in het jaar", "Binnen 3 maanden opgelost"));
        List<List<String>> rows = new ArrayList<>();
        boolean anySuppressed = false;
        for (String p : periods) {
            List<String> row = new ArrayList<>(List.of(p));
            for (String c : categories) {
                KpiValue v = cell.get(p + "|" + c);
                row.add(
                        v == null
                                ? DutchFormat.NO_VALUE
                                : Cell.of(v.waarde(), "leerlingen", 0, v.onderdrukt())
                                        .text());
                anySuppressed |= v != null && v.onderdrukt();
            }
            for (String indicator : List.of(PEILDATUM, NIEUW, BINNEN_3)) {
                Optional<KpiValue> total = totals.stream()
                        .filter(v ->
                                v.indicator().equals(indicator) && v.periode().equals(p))
                        .findFirst();
                anySuppressed |= total.map(KpiValue::onderdrukt).orElse(false);
                row.add(total.map(v -> Cell.of(
                                        v.waarde(),
                                        indicator.equals(BINNEN_3) ? "%" : "leerlingen",
                                        indicator.equals(BINNEN_3) ? 2 : 0,
                                        v.onderdrukt())
                                .text())
                        .orElse(DutchFormat.NO_VALUE));
            }
            rows.add(row);
        }
        String last = periods.get(periods.size() - 1);
        String summary = "Op de peildatum van " + last + " zaten er "
                + rows.get(rows.size() - 1).get(1 + categories.size()) + " leerlingen thuis: "
                + String.join(
                        ", ",
                        categories.stream()
                                .map(c -> rows.get(rows.size() - 1).get(1 + categories.indexOf(c)) + " "
                                        + categorie(c).toLowerCase(java.util.Locale.ROOT))
                                .toList())
                + ".";
        ChartSpec spec = new ChartSpec(
                "Thuiszitters per categorie", periods, series, "leerlingen", ChartSpec.Kind.STACKED_BAR, null);
        return Optional.of(new ThemaSection(
                "thuiszitters",
                "Hoeveel kinderen zitten thuis, en hoe snel is er weer een plek?",
                summary,
                ChartView.of(
                                "chart-thuiszitters",
                                spec,
                                "Gestapeld staafdiagram van de thuiszitters op de peildatum per schooljaar, per"
                                        + " categorie. " + summary + " De aantallen staan in de tabel hieronder; een"
                                        + " klik op een staaf opent dat jaar per gebied.")
                        .linked(periods.stream()
                                .map(p -> links.down(
                                        PEILDATUM, "swv", parts.get(0).gebied(), p))
                                .toList()),
                "Thuiszitters op de peildatum per categorie, nieuw in het jaar en binnen 3 maanden opgelost",
                kop,
                1,
                rows,
                List.of(),
                anySuppressed));
    }

    /** {@code absoluut_verzuim} → {@code Absoluut verzuim}. */
    static String categorie(String code) {
        String text = code.replace('_', ' ').trim();
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}

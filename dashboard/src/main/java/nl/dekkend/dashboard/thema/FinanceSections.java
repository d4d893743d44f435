package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartSeries;
import nl.dekkend.dashboard.chart.ChartSpec;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * Financiën over the years, from the SWV totals {@code toegang.Figures} gave: begroting against realisatie (the
 * noemer of {@code fin_begroting_realisatie} is the begroting, noemer + teller the realisatie) and the reserve against
 * the signaleringswaarde (teller and noemer of {@code fin_reserve_signalering}), each as bars per year with a table.
 */
final class FinanceSections {

    static final String BEGROTING = "fin_begroting_realisatie";
    static final String RESERVE = "fin_reserve_signalering";

    private FinanceSections() {}

    static List<ThemaSection> build(List<KpiValue> totals) {
        List<ThemaSection> sections = new ArrayList<>();
        begroting(byYear(totals, BEGROTING)).ifPresent(sections::add);
        reserve(byYear(totals, RESERVE)).ifPresent(sections::add);
        return sections;
    }

    private static Map<String, KpiValue> byYear(List<KpiValue> totals, String indicator) {
        Map<String, KpiValue> years = new TreeMap<>(Periode.ORDER);
        totals.stream()
                .filter(v -> v.indicator().equals(indicator) && v.uitsplitsing().isEmpty())
                .filter(v -> v.teller() != null && v.noemer() != null)
                .forEach(v -> years.put(v.periode(), v));
        return years;
    }

    private static Optional<ThemaSection> begroting(Map<String, KpiValue> years) {
        if (years.isEmpty()) {
            return Optional.empty();
        }
        List<String> x = List.copyOf(years.keySet());
        List<BigDecimal> begroot = new ArrayList<>();
        List<BigDecimal> gerealiseerd = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (KpiValue v : years.values()) {
            BigDecimal realisatie = v.noemer().add(v.teller());
            begroot.add(v.noemer());
            gerealiseerd.add(realisatie);
            rows.add(List.of(
                    v.periode(),
                    DutchFormat.value(v.noemer(), "€", 0),
                    DutchFormat.value(realisatie, "€", 0),
                    signed(v.teller()),
                    DutchFormat.value(v.waarde(), "%", 2)));
        }
        KpiValue last = years.get(x.get(x.size() - 1));
        String summary = "In " + last.periode() + " lag de realisatie "
                + DutchFormat.value(last.teller().abs(), "€", 0) + " ("
                + DutchFormat.value(last.waarde() == null ? null : last.waarde().abs(), "%", 2) + ") "
                + (last.teller().signum() >= 0 ? "boven" : "onder") + " de begroting.";
        ChartSpec spec = new ChartSpec(
                "Begroting en realisatie",
                x,
                List.of(
                        new ChartSeries("Begroting", begroot, ChartPalette.color(1), false),
                        new ChartSeries("Realisatie", gerealiseerd, ChartPalette.color(0), false)),
                "€",
                ChartSpec.Kind.BAR,
                null);
        return Optional.of(new ThemaSection(
                "begroting",
                "Begroting tegenover realisatie",
                summary,
                ChartView.of(
                        "chart-begroting",
                        spec,
                        "Staafdiagram van de begrote en de gerealiseerde lasten per jaar. " + summary
                                + " De bedragen staan in de tabel hieronder."),
                "Begrote en gerealiseerde lasten per jaar",
                List.of("Jaar", "Begroting", "Realisatie", "Verschil", "Verschil in %"),
                1,
                rows,
                List.of(),
                false));
    }

    private static Optional<ThemaSection> reserve(Map<String, KpiValue> years) {
        if (years.isEmpty()) {
            return Optional.empty();
        }
        List<String> x = List.copyOf(years.keySet());
        List<BigDecimal> reserves = new ArrayList<>();
        List<BigDecimal> signalering = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (KpiValue v : years.values()) {
            reserves.add(v.teller());
            signalering.add(v.noemer());
            StatusLabel status = StatusLabel.of(v.status());
            rows.add(List.of(
                    v.periode(),
                    DutchFormat.value(v.teller(), "€", 0),
                    DutchFormat.value(v.noemer(), "€", 0),
                    DutchFormat.value(v.waarde(), "%", 2),
                    status.present() ? status.text() : "geen norm vastgesteld"));
        }
        KpiValue last = years.get(x.get(x.size() - 1));
        String summary = "Eind " + last.periode() + " was de reserve " + DutchFormat.value(last.teller(), "€", 0) + ", "
                + DutchFormat.value(last.waarde(), "%", 2) + " van de signaleringswaarde van "
                + DutchFormat.value(last.noemer(), "€", 0)
                + (last.waarde() != null && last.waarde().compareTo(BigDecimal.valueOf(100)) > 0
                        ? ": mogelijk bovenmatig."
                        : ": niet bovenmatig.");
        ChartSpec spec = new ChartSpec(
                "Reserve en signaleringswaarde",
                x,
                List.of(
                        new ChartSeries("Reserve ultimo", reserves, ChartPalette.color(0), false),
                        new ChartSeries("Signaleringswaarde", signalering, ChartPalette.color(2), false)),
                "€",
                ChartSpec.Kind.BAR,
                null);
        return Optional.of(new ThemaSection(
                "reserve",
                "Reserve tegenover de signaleringswaarde",
                summary,
                ChartView.of(
                        "chart-reserve",
                        spec,
                        "Staafdiagram van de reserve aan het eind van elk jaar naast de signaleringswaarde van de"
                                + " Inspectie. " + summary + " De bedragen staan in de tabel hieronder."),
                "Reserve, signaleringswaarde en hun verhouding per jaar",
                List.of("Jaar", "Reserve ultimo", "Signaleringswaarde", "Reserve / signaleringswaarde", "Status"),
                1,
                rows,
                List.of(),
                false));
    }

    private static String signed(BigDecimal amount) {
        String text = DutchFormat.value(amount.abs(), "€", 0);
        return amount.signum() > 0 ? "+" + text : amount.signum() < 0 ? "−" + text : text;
    }
}

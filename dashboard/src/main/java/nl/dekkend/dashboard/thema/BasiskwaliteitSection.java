package nl.dekkend.dashboard.thema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.chart.EChartsOptions;
import nl.dekkend.dashboard.chart.HeatMap;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.KpiValue;

/**
 * Basiskwaliteit per bestuur in the latest schooljaar: the SOP ijkpunten as a heat map ijkpunt × bestuur (the number
 * of the bestuur's vestigingen scoring the ijkpunt below 3), with the table, and per bestuur a sentence on the
 * Inspectie's verdicts. Vestigingen are not published one by one, so the bestuur is the finest level. The rows are
 * those {@code toegang.Figures} discloses.
 */
final class BasiskwaliteitSection {

    static final String SOP = "basis_sop_onvoldoende";
    static final String INSPECTIE = "basis_inspectie_onvoldoende";

    private BasiskwaliteitSection() {}

    /** {@code sop} and {@code inspectie}: the rows of both indicators at level bestuur. */
    static Optional<ThemaSection> build(List<KpiValue> sop, List<KpiValue> inspectie, SectionLinks links) {
        List<KpiValue> cells = sop.stream()
                .filter(v -> v.indicator().equals(SOP) && !v.uitsplitsing().isEmpty())
                .toList();
        Optional<String> periode = cells.stream().map(KpiValue::periode).max(Periode.ORDER);
        if (periode.isEmpty()) {
            return Optional.empty();
        }
        List<KpiValue> latest = cells.stream()
                .filter(v -> v.periode().equals(periode.get()))
                .sorted(Comparator.comparing(BasiskwaliteitSection::naam).thenComparing(KpiValue::uitsplitsing))
                .toList();
        Map<String, String> besturen = new LinkedHashMap<>();
        latest.forEach(v -> besturen.putIfAbsent(v.gebied(), naam(v)));
        List<String> codes = List.copyOf(besturen.keySet());
        List<String> ijkpunten = List.copyOf(
                new TreeSet<>(latest.stream().map(KpiValue::uitsplitsing).toList()));
        List<List<Object>> data = new ArrayList<>();
        List<String> clicks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int max = 1;
        for (KpiValue v : latest) {
            Object value =
                    v.onderdrukt() || v.teller() == null ? "-" : v.teller().stripTrailingZeros();
            data.add(List.of(codes.indexOf(v.gebied()), ijkpunten.indexOf(v.uitsplitsing()), value));
            clicks.add(links.down(SOP, "bestuur", v.gebied(), periode.get()));
            if (v.teller() != null) {
                max = Math.max(max, v.teller().intValue());
            }
            rows.add(List.of(
                    naam(v),
                    ijkpunt(v.uitsplitsing()),
                    Cell.count(v.teller(), v.onderdrukt()).text(),
                    Cell.count(v.noemer(), v.onderdrukt()).text()));
        }
        List<String> zinnen = new ArrayList<>();
        inspectie.stream()
                .filter(v -> v.indicator().equals(INSPECTIE)
                        && v.uitsplitsing().isEmpty()
                        && v.periode().equals(periode.get())
                        && !v.onderdrukt()
                        && v.teller() != null
                        && v.teller().signum() > 0)
                .sorted(Comparator.comparing(BasiskwaliteitSection::naam))
                .forEach(v -> zinnen.add(naam(v) + ": " + DutchFormat.value(v.teller(), "aantal", 0) + " van de "
                        + DutchFormat.value(v.noemer(), "aantal", 0)
                        + " vestigingen met een oordeel van de Inspectie heeft een onvoldoende of (zeer) zwak"
                        + " eindoordeel."));
        long tekort = latest.stream()
                .filter(v -> !v.onderdrukt() && v.teller() != null && v.teller().signum() > 0)
                .count();
        String summary = "In " + periode.get() + " scoren vestigingen bij " + tekort + " van de " + latest.size()
                + " combinaties van bestuur en ijkpunt een ijkpunt van de basisondersteuning lager dan 3.";
        Map<String, Object> option = new HeatMap(
                        codes.stream().map(besturen::get).toList(),
                        ijkpunten.stream().map(BasiskwaliteitSection::ijkpunt).toList(),
                        data,
                        max,
                        "Vestigingen met een score lager dan 3",
                        "veel vestigingen",
                        "geen",
                        true)
                .option();
        String label = "Heatmap van het aantal vestigingen per bestuur (kolommen) dat een ijkpunt van de"
                + " basisondersteuning (rijen) lager dan 3 scoort, " + periode.get() + "; elk vak toont het aantal. "
                + summary + " De aantallen staan in de tabel hieronder; een klik op een vak opent dat bestuur.";
        return Optional.of(new ThemaSection(
                "ijkpunten",
                "Op welke ijkpunten van de basisondersteuning schieten scholen tekort?",
                summary,
                new ChartView("chart-ijkpunten", EChartsOptions.json(option), "aantal", label).linked(clicks),
                "Vestigingen per bestuur en ijkpunt met een score lager dan 3, " + periode.get(),
                List.of("Bestuur", "IJkpunt", "Lager dan 3", "Gescoord"),
                2,
                rows,
                zinnen,
                latest.stream().anyMatch(KpiValue::onderdrukt)));
    }

    private static String naam(KpiValue v) {
        return v.gebiedNaam() == null || v.gebiedNaam().isBlank() ? v.gebied() : v.gebiedNaam();
    }

    /** {@code zicht_op_ontwikkeling} → {@code zicht op ontwikkeling}. */
    private static String ijkpunt(String code) {
        return code.replace('_', ' ');
    }
}

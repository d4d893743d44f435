package nl.dekkend.dashboard.thema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.dekkend.dashboard.chart.ChartPalette;
import nl.dekkend.dashboard.chart.ChartSeries;
import nl.dekkend.dashboard.chart.ChartSpec;
import nl.dekkend.dashboard.chart.ChartView;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.toegang.Distance;

/**
 * Thuisnabijheid: how far pupils live from their school, as a distribution over distance classes per soort of school
 * (BaO, SBO, SO) for the SWV in the latest schooljaar: bars of the share of each soort's pupils per class (so the three
 * compare despite their sizes), the counts and shares in the table. The cells are those {@code toegang.Figures}
 * discloses; a hidden cell has no bar and no share.
 */
final class AfstandenSection {

    static final String MEDIAAN = "thuisnabij_afstand_mediaan";

    private static final List<String> SOORTEN = List.of("BAO", "SBO", "SO");
    private static final List<String> SOORT_NAMEN = List.of("BaO", "SBO", "SO");
    private static final List<String> KLASSEN = List.of("0-1", "1-2", "2-5", "5-10", "10-20", "20+");
    private static final List<String> KLASSE_NAMEN =
            List.of("0–1 km", "1–2 km", "2–5 km", "5–10 km", "10–20 km", "20 km of meer");

    private static final List<String> SCHOOL = List.of("de basisschool", "het SBO", "het SO");

    private AfstandenSection() {}

    /** a, b en c */
    private static String sentence(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " en " + parts.get(parts.size() - 1);
    }

    /** {@code distances}: what {@code toegang.Figures#distances} returns; {@code swv}: the own SWV. */
    static Optional<ThemaSection> build(List<Distance> distances, Area swv, SectionLinks links) {
        List<Distance> ofSwv = distances.stream()
                .filter(d -> d.niveau().equals("swv") && d.gebied().equals(swv.code()))
                .toList();
        Optional<String> periode = ofSwv.stream().map(Distance::periode).max(Periode.ORDER);
        if (periode.isEmpty()) {
            return Optional.empty();
        }
        List<Distance> latest =
                ofSwv.stream().filter(d -> d.periode().equals(periode.get())).toList();
        List<ChartSeries> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k <= KLASSEN.size(); k++) {
            rows.add(new ArrayList<>(List.of(k < KLASSEN.size() ? KLASSE_NAMEN.get(k) : "Totaal")));
        }
        List<String> largest = new ArrayList<>();
        for (int s = 0; s < SOORTEN.size(); s++) {
            String soort = SOORTEN.get(s);
            Optional<Distance> total = find(latest, soort, Distance.TOTAAL);
            List<BigDecimal> shares = new ArrayList<>();
            for (int k = 0; k < KLASSEN.size(); k++) {
                Optional<Distance> cell = find(latest, soort, KLASSEN.get(k));
                BigDecimal share = share(cell, total);
                shares.add(share);
                rows.get(k).add(count(cell, total));
                rows.get(k)
                        .add(Cell.of(share, "%", 2, share == null && hidden(cell, total))
                                .text());
            }
            rows.get(KLASSEN.size()).add(count(total, total));
            rows.get(KLASSEN.size()).add(total.isPresent() && !total.get().onderdrukt() ? "100,00 %" : "–");
            series.add(new ChartSeries(SOORT_NAMEN.get(s), shares, ChartPalette.color(s), false));
            int biggest = -1;
            for (int k = 0; k < shares.size(); k++) {
                if (shares.get(k) != null && (biggest < 0 || shares.get(k).compareTo(shares.get(biggest)) > 0)) {
                    biggest = k;
                }
            }
            if (biggest >= 0) {
                largest.add(SCHOOL.get(s) + " ("
                        + Cell.of(shares.get(biggest), "%", 2, false).text() + ") op " + KLASSE_NAMEN.get(biggest));
            }
        }
        String summary = largest.isEmpty()
                ? "In " + periode.get() + " zijn de afstanden niet te tonen: de aantallen zijn te klein."
                : "In " + periode.get() + " woont de grootste groep leerlingen van " + sentence(largest)
                        + " van school.";
        List<String> kop = new ArrayList<>(List.of("Afstand van huis tot school"));
        for (String naam : SOORT_NAMEN) {
            kop.add(naam + ": leerlingen");
            kop.add(naam + ": deel");
        }
        ChartSpec spec =
                new ChartSpec("Afstand van huis tot school", KLASSE_NAMEN, series, "%", ChartSpec.Kind.BAR, null);
        String link = links.down(MEDIAAN, "swv", swv.code(), periode.get());
        return Optional.of(new ThemaSection(
                "afstanden",
                "Hoe ver wonen leerlingen van hun school?",
                summary,
                ChartView.of(
                                "chart-afstanden",
                                spec,
                                "Staafdiagram van het deel van de leerlingen van de basisschool, het SBO en het SO per"
                                        + " afstand in rechte lijn van huis (het midden van de postcode) tot school, "
                                        + periode.get() + ". " + summary
                                        + " De aantallen staan in de tabel hieronder; een klik op een staaf opent de"
                                        + " mediane afstand per gebied.")
                        .linked(KLASSEN.stream().map(k -> link).toList()),
                "Leerlingen van " + swv.label() + " per afstand in rechte lijn van huis tot school en soort school, "
                        + periode.get(),
                kop,
                1,
                rows,
                List.of(),
                latest.stream().anyMatch(Distance::onderdrukt)));
    }

    private static boolean hidden(Optional<Distance> cell, Optional<Distance> total) {
        return cell.map(Distance::onderdrukt).orElse(false)
                || total.map(Distance::onderdrukt).orElse(false);
    }

    /** A class's pupils; 0 for a class without pupils when the soort has pupils, "–" when it has none. */
    private static String count(Optional<Distance> cell, Optional<Distance> total) {
        if (total.isEmpty()) {
            return "–";
        }
        if (hidden(cell, total)) {
            return Cell.count(null, true).text();
        }
        return Cell.count(BigDecimal.valueOf(cell.map(Distance::leerlingen).orElse(0)), false)
                .text();
    }

    /** The class's share of the soort's pupils, rounded half up to 2 decimals; null when unknown or hidden. */
    private static BigDecimal share(Optional<Distance> cell, Optional<Distance> total) {
        if (total.isEmpty() || hidden(cell, total) || total.get().leerlingen() == 0) {
            return null;
        }
        int n = cell.map(Distance::leerlingen).orElse(0);
        return BigDecimal.valueOf(n * 100L)
                .divide(BigDecimal.valueOf(total.get().leerlingen()), 2, RoundingMode.HALF_UP);
    }

    private static Optional<Distance> find(List<Distance> cells, String soort, String klasse) {
        return cells.stream()
                .filter(d -> d.soort().equals(soort) && d.afstandsklasse().equals(klasse))
                .min(Comparator.comparing(Distance::volgorde));
    }
}

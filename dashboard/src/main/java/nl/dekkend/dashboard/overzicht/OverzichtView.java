package nl.dekkend.dashboard.overzicht;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.format.NormText;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.NationalValue;
import nl.dekkend.dashboard.kpi.SourceAvailability;
import nl.dekkend.dashboard.thema.Thema;

/** The view model of the overview: per catalog theme, in the catalog's order, a tile per headline indicator. */
public record OverzichtView(String gebied, List<ThemaGroup> themas, boolean anySuppressed) {

    public static final String GEEN_NORM = "geen norm vastgesteld";

    public static OverzichtView build(
            String gebied,
            List<Thema> themas,
            List<KpiDefinition> definitions,
            List<KpiValue> swvTotals,
            List<NationalValue> national,
            SourceAvailability sources) {
        Map<String, KpiDefinition> catalog =
                definitions.stream().collect(Collectors.toMap(KpiDefinition::indicator, d -> d));
        Map<String, List<KpiValue>> byIndicator =
                swvTotals.stream().collect(Collectors.groupingBy(KpiValue::indicator));
        List<ThemaGroup> groups = new ArrayList<>();
        boolean anySuppressed = false;
        for (Thema thema : themas) {
            List<Tile> tiles = new ArrayList<>();
            for (String id : thema.kern()) {
                KpiDefinition d = catalog.get(id);
                if (d == null) {
                    continue;
                }
                List<KpiValue> values = new ArrayList<>(byIndicator.getOrDefault(id, List.of()));
                values.sort(Comparator.comparing(KpiValue::periode, Periode.ORDER));
                Tile tile = tile(d, values, national, sources);
                anySuppressed |= tile.waarde().onderdrukt();
                tiles.add(tile);
            }
            if (!tiles.isEmpty()) {
                groups.add(new ThemaGroup(thema, tiles));
            }
        }
        return new OverzichtView(gebied, groups, anySuppressed);
    }

    private static boolean hasFigure(KpiValue v) {
        return v.waarde() != null || v.onderdrukt();
    }

    private static Tile tile(
            KpiDefinition d, List<KpiValue> values, List<NationalValue> national, SourceAvailability sources) {
        String link = pageOf(d.indicator());
        int latest = values.size() - 1;
        while (latest >= 0 && !hasFigure(values.get(latest))) {
            latest--;
        }
        if (latest < 0) {
            return new Tile(
                    d.indicator(),
                    d.naam(),
                    new Cell(DutchFormat.NO_VALUE, false),
                    "",
                    "",
                    "",
                    StatusLabel.NONE,
                    "",
                    "",
                    link,
                    sources.noDataMessage(d));
        }
        KpiValue v = values.get(latest);
        String newest = values.get(values.size() - 1).periode();
        String noot = newest.equals(v.periode())
                ? ""
                : "Nieuwste periode met cijfers; voor " + newest + " zijn er nog geen cijfers.";
        // a hidden cell hides its norm and status too (toegang.Figures): no "geen norm" for it
        String norm = v.onderdrukt()
                ? ""
                : v.norm() == null
                        ? GEEN_NORM
                        : "norm " + NormText.of(v.norm(), d.richting(), d.eenheid(), d.decimalen());
        String verandering = latest == 0 ? "" : change(d, values.get(latest - 1), v);
        String landelijk = national.stream()
                .filter(n ->
                        n.indicator().equals(d.indicator()) && n.periode().equals(v.periode()) && n.waarde() != null)
                .findFirst()
                .map(n -> DutchFormat.value(n.waarde(), d.eenheid(), d.decimalen()))
                .orElse("");
        return new Tile(
                d.indicator(),
                d.naam(),
                Cell.of(v.waarde(), d.eenheid(), d.decimalen(), v.onderdrukt()),
                v.periode(),
                noot,
                norm,
                StatusLabel.of(v.status()),
                verandering,
                landelijk,
                link,
                "");
    }

    /** {@code +0,12 procentpunt sinds 2013-2014}; empty when either value is hidden or missing. */
    static String change(KpiDefinition d, KpiValue before, KpiValue now) {
        if (before.waarde() == null || now.waarde() == null || before.onderdrukt() || now.onderdrukt()) {
            return "";
        }
        BigDecimal diff = now.waarde().subtract(before.waarde());
        String sign = diff.signum() > 0 ? "+" : diff.signum() < 0 ? "−" : "±";
        String amount = "%".equals(d.eenheid())
                ? DutchFormat.number(diff.abs(), d.decimalen()) + " procentpunt"
                : DutchFormat.value(diff.abs(), d.eenheid(), d.decimalen());
        return sign + amount + " sinds " + before.periode();
    }

    /** The page that shows an indicator in full. */
    public static String pageOf(String indicator) {
        return "/indicatoren/" + indicator;
    }
}

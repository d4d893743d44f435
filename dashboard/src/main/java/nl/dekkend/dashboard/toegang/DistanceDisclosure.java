package nl.dekkend.dashboard.toegang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The distances home to school ({@code thuisnabij_afstanden}) with a total per area and soort, and for roles that see
 * suppressed figures hidden by {@link CountDisclosure}: per periode and soort, the classes of an area add up to its
 * total, and a class of a wijk summed over the wijken of a stadsdeel or gemeente (a stadsdeel's over the stadsdelen
 * of a gemeente, a gemeente's over the gemeenten of the SWV) is that class of the area above.
 */
final class DistanceDisclosure {

    /** Which level's areas add up to which level's area. */
    private static final Map<String, List<String>> UP = Map.of(
            "wijk", List.of("stadsdeel", "gemeente"),
            "stadsdeel", List.of("gemeente"),
            "gemeente", List.of("swv"));

    private DistanceDisclosure() {}

    /** The published cells plus, per periode, area and soort, the total of its classes ({@link Distance#TOTAAL}). */
    static List<Distance> withTotals(List<Distance> cells) {
        Map<String, Distance> totals = new LinkedHashMap<>();
        for (Distance d : cells) {
            totals.merge(
                    d.periode() + "|" + d.niveau() + "|" + d.gebied() + "|" + d.soort(),
                    new Distance(
                            d.periode(),
                            d.niveau(),
                            d.gebied(),
                            d.gebiedNaam(),
                            d.soort(),
                            Distance.TOTAAL,
                            0,
                            d.leerlingen(),
                            false),
                    (a, b) -> new Distance(
                            a.periode(),
                            a.niveau(),
                            a.gebied(),
                            a.gebiedNaam(),
                            a.soort(),
                            Distance.TOTAAL,
                            0,
                            a.leerlingen() + b.leerlingen(),
                            false));
        }
        List<Distance> all = new ArrayList<>(totals.values());
        all.addAll(cells);
        return all;
    }

    /** The cells (with totals) as roles that see suppressed figures get them. */
    static List<Distance> disclose(List<Distance> cells, int drempel, Hierarchy hierarchy) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        cells.forEach(d -> counts.put(d.cell(), d.leerlingen()));
        List<CountDisclosure.Equation> equations = new ArrayList<>();
        // the classes of an area add up to its total
        cells.stream()
                .filter(d -> !d.afstandsklasse().equals(Distance.TOTAAL))
                .collect(Collectors.groupingBy(
                        d -> d.periode() + "|" + d.niveau() + "|" + d.gebied() + "|" + d.soort(),
                        LinkedHashMap::new,
                        Collectors.toList()))
                .forEach((area, parts) -> equations.add(new CountDisclosure.Equation(
                        total(parts.get(0)), parts.stream().map(Distance::cell).toList())));
        // a class (or total) of the areas of one level within an area adds up to that of the area
        Map<String, List<String>> within = new LinkedHashMap<>();
        for (Distance d : cells) {
            for (String up : UP.getOrDefault(d.niveau(), List.of())) {
                String above = hierarchy
                        .place(d.niveau(), d.gebied())
                        .map(p -> p.above(up))
                        .orElse(null);
                if (above != null) {
                    String parent = new Distance(
                                    d.periode(), up, above, "", d.soort(), d.afstandsklasse(), 0, null, false)
                            .cell();
                    within.computeIfAbsent(parent + "\u0000" + d.niveau(), k -> new ArrayList<>())
                            .add(d.cell());
                }
            }
        }
        within.forEach((key, parts) ->
                equations.add(new CountDisclosure.Equation(key.substring(0, key.indexOf('\u0000')), parts)));
        Set<String> hidden = CountDisclosure.hidden(counts, Set.of(), equations, drempel);
        return cells.stream()
                .map(d -> hidden.contains(d.cell()) ? d.masked() : d)
                .toList();
    }

    private static String total(Distance d) {
        return new Distance(d.periode(), d.niveau(), d.gebied(), "", d.soort(), Distance.TOTAAL, 0, null, false).cell();
    }
}

package nl.dekkend.dashboard.rapport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.toegang.Flow;

/**
 * The leerlingstromen of the OOGO-overzicht: the pupils living in the gemeente schooled elsewhere and those from
 * elsewhere schooled in it, per soort of school, and the same for the SWV as a whole, as {@code toegang.Figures}
 * discloses them to the gemeente (a hidden flow prints as onderdrukt; no flow is 0).
 */
final class OogoStromen {

    static final List<String> SOORTEN = List.of("BAO", "SBO", "SO");

    /** One line of a flow table: which way, and per soort (BaO, SBO, SO) the pupils. */
    public record Row(String richting, List<Cell> leerlingen) {}

    private OogoStromen() {}

    /** The flows at level gemeente into, out of and within {@code gemeente}: within first, then out, then in. */
    static List<Row> gemeente(List<Flow> flows, String periode, String gemeente, String naam) {
        List<Flow> own = flows.stream()
                .filter(f -> f.periode().equals(periode) && f.niveau().equals("gemeente"))
                .filter(f -> f.vanGebied().equals(gemeente) || f.naarGebied().equals(gemeente))
                .toList();
        if (own.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row("Woont in " + naam + " en gaat er naar school", own, gemeente, gemeente));
        others(own, gemeente, true)
                .forEach((code, other) ->
                        rows.add(row("Woont in " + naam + ", school in " + other, own, gemeente, code)));
        others(own, gemeente, false)
                .forEach((code, other) ->
                        rows.add(row("Woont in " + other + ", school in " + naam, own, code, gemeente)));
        return rows;
    }

    /** The flows at level swv: within the SWV, out of it and into it. */
    static List<Row> swv(List<Flow> flows, String periode, String swv) {
        List<Flow> own = flows.stream()
                .filter(f -> f.periode().equals(periode) && f.niveau().equals("swv"))
                .toList();
        if (own.isEmpty()) {
            return List.of();
        }
        return List.of(
                row("Woont in het samenwerkingsverband en gaat er naar school", own, swv, swv),
                row("Woont in het samenwerkingsverband, school daarbuiten", own, swv, Flow.BUITEN),
                row("Woont buiten het samenwerkingsverband, school erin", own, Flow.BUITEN, swv));
    }

    /** The other ends of the gemeente's flows (out: where its pupils go; in: where they come from), by name. */
    private static Map<String, String> others(List<Flow> own, String gemeente, boolean out) {
        Map<String, String> names = new LinkedHashMap<>();
        own.stream()
                .filter(f -> out
                        ? f.vanGebied().equals(gemeente) && !f.naarGebied().equals(gemeente)
                        : f.naarGebied().equals(gemeente) && !f.vanGebied().equals(gemeente))
                .sorted(Comparator.comparing(f -> Flow.BUITEN.equals(out ? f.naarGebied() : f.vanGebied())
                        ? "\uffff"
                        : (out ? f.naarNaam() : f.vanNaam())))
                .forEach(f -> names.putIfAbsent(
                        out ? f.naarGebied() : f.vanGebied(),
                        Flow.BUITEN.equals(out ? f.naarGebied() : f.vanGebied())
                                ? "een gemeente buiten de regio"
                                : (out ? f.naarNaam() : f.vanNaam())));
        return names;
    }

    private static Row row(String richting, List<Flow> flows, String van, String naar) {
        List<Cell> cells = new ArrayList<>();
        for (String soort : SOORTEN) {
            Optional<Flow> flow = flows.stream()
                    .filter(f -> f.soort().equals(soort)
                            && f.vanGebied().equals(van)
                            && f.naarGebied().equals(naar))
                    .findFirst();
            cells.add(flow.map(f -> Cell.count(
                            f.leerlingen() == null ? null : BigDecimal.valueOf(f.leerlingen()), f.onderdrukt()))
                    .orElse(Cell.count(BigDecimal.ZERO, false)));
        }
        return new Row(richting, cells);
    }
}

package nl.dekkend.dashboard.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import nl.dekkend.dashboard.format.Periode;
import nl.dekkend.dashboard.kpi.Area;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.KpiValue;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.web.InvalidParameterException;

/**
 * What {@code ?niveau=&gebied=&periode=} select on the indicator page, checked against what the publication holds;
 * an unusable value is a {@link InvalidParameterException} with a Dutch message (HTTP 400). Defaults: level swv
 * (else the first level present), the own SWV (else the first area), the latest period.
 */
public record AreaSelection(String niveau, String gebied, String periode) {

    /** The level, from the parameter or the default; {@code null} when the indicator has no rows at all. */
    public static String niveau(Niveau niveaus, String requested, KpiDefinition definition, List<String> levels) {
        String niveau = blankToNull(requested);
        if (niveau == null) {
            return levels.isEmpty() ? null : levels.get(0);
        }
        if (!niveaus.known(niveau)) {
            throw new InvalidParameterException(
                    "Ongeldig niveau '" + niveau + "': kies uit " + niveaus.choices() + ".");
        }
        if (!levels.contains(niveau)) {
            throw new InvalidParameterException("Voor " + definition.naam() + " zijn er geen cijfers op niveau "
                    + niveau + (levels.isEmpty() ? "." : "; kies uit " + String.join(", ", levels) + "."));
        }
        return niveau;
    }

    /** Gebied and periode at the chosen level, from the parameters or the defaults. */
    public static AreaSelection of(
            Niveau niveaus,
            String niveau,
            String gebiedParam,
            String periodeParam,
            List<KpiValue> rows,
            Optional<Area> swv) {
        TreeSet<String> gebieden = new TreeSet<>();
        TreeSet<String> periodes = new TreeSet<>(Periode.ORDER);
        rows.forEach(v -> {
            gebieden.add(v.gebied());
            periodes.add(v.periode());
        });
        String periode = blankToNull(periodeParam);
        if (periode != null && Periode.parse(periode).isEmpty()) {
            throw new InvalidParameterException("Ongeldige periode '" + periode
                    + "': gebruik een schooljaar als 2013-2014 of een kalenderjaar als 2018.");
        }
        if (periode != null && !periodes.contains(periode)) {
            throw new InvalidParameterException("Geen cijfers voor periode " + periode + " op niveau "
                    + niveaus.naam(niveau).toLowerCase(Locale.ROOT) + "; kies uit "
                    + String.join(", ", periodes) + ".");
        }
        String gebied = blankToNull(gebiedParam);
        if (gebied != null && !gebieden.contains(gebied)) {
            throw new InvalidParameterException("Onbekend gebied '" + gebied + "' op niveau "
                    + niveaus.naam(niveau).toLowerCase(Locale.ROOT) + ".");
        }
        if (gebied == null) {
            gebied =
                    swv.map(Area::code).filter(gebieden::contains).orElse(gebieden.isEmpty() ? null : gebieden.first());
        }
        return new AreaSelection(
                niveau, gebied, periode != null ? periode : periodes.isEmpty() ? null : periodes.last());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

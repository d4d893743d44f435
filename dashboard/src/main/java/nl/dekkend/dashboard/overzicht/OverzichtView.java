package nl.dekkend.dashboard.overzicht;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.dashboard.deelname.DeelnamePage;
import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.NormText;
import nl.dekkend.dashboard.format.StatusLabel;
import nl.dekkend.dashboard.thema.Thema;

/** The view model of the overview: tiles grouped by thema, in the navigation's order of themes. */
public record OverzichtView(String gebied, List<ThemaGroup> themas, boolean anySuppressed) {

    public static OverzichtView build(String gebied, List<LatestValue> latest) {
        Map<String, List<Tile>> byThema = new LinkedHashMap<>();
        for (LatestValue v : latest) {
            byThema.computeIfAbsent(v.thema(), t -> new ArrayList<>())
                    .add(new Tile(
                            v.indicator(),
                            v.naam(),
                            Cell.of(v.waarde(), v.eenheid(), v.decimalen(), v.onderdrukt()),
                            v.periode(),
                            NormText.of(v.norm(), v.richting(), v.eenheid(), v.decimalen()),
                            StatusLabel.of(v.status()),
                            pageOf(v.indicator())));
        }
        List<ThemaGroup> groups = byThema.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Thema.NAVIGATION_ORDER))
                .map(e -> new ThemaGroup(Thema.of(e.getKey()), e.getValue()))
                .toList();
        return new OverzichtView(gebied, groups, latest.stream().anyMatch(LatestValue::onderdrukt));
    }

    /** The page that shows an indicator in full: its own page where one exists, else the generic one. */
    public static String pageOf(String indicator) {
        return DeelnamePage.INDICATOREN.contains(indicator) ? "/deelname" : "/indicatoren/" + indicator;
    }
}

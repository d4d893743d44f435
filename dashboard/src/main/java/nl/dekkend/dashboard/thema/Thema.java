package nl.dekkend.dashboard.thema;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A thema of the catalog ({@code kpi_definitions.thema}) as the dashboard shows it: its Dutch title and its place
 * in the fixed order of the navigation. Unknown themes follow, alphabetically, with their id capitalised.
 */
public record Thema(String id, String titel) {

    private static final List<String> ORDER = List.of(
            "deelname",
            "regio",
            "dekkend",
            "thuisnabij",
            "tijdelijkheid",
            "thuiszitters",
            "toeleiding",
            "basiskwaliteit",
            "bekostiging",
            "financien");

    private static final Map<String, String> TITLES = Map.of(
            "deelname", "Deelname SBO en SO",
            "regio", "Dekkend aanbod",
            "dekkend", "Dekkend aanbod",
            "thuisnabij", "Thuisnabijheid",
            "tijdelijkheid", "Tijdelijkheid",
            "thuiszitters", "Thuiszitters",
            "toeleiding", "Toeleiding",
            "basiskwaliteit", "Basiskwaliteit",
            "bekostiging", "Bekostiging",
            "financien", "Financiën");

    /** Known themes in the fixed order, then the others alphabetically. */
    public static final Comparator<String> NAVIGATION_ORDER = Comparator.comparingInt(
                    (String id) -> ORDER.contains(id) ? ORDER.indexOf(id) : ORDER.size())
            .thenComparing(Comparator.naturalOrder());

    public static Thema of(String id) {
        return new Thema(id, titel(id));
    }

    /** The page of this thema. */
    public String link() {
        return "/thema/" + id;
    }

    static String titel(String id) {
        String known = TITLES.get(id);
        if (known != null) {
            return known;
        }
        String spaced = id == null ? "" : id.replace('_', ' ').trim();
        return spaced.isEmpty() ? "Overig" : spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}

package nl.dekkend.dashboard.kpi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The levels of {@code kpi_values.niveau}, in the order pages offer them, with their Dutch names. */
public final class Niveau {

    public static final List<String> ORDER = List.of("swv", "stadsdeel", "wijk", "gemeente", "bestuur", "vestiging");

    private static final Map<String, String> NAMES = Map.of(
            "swv",
            "Samenwerkingsverband",
            "stadsdeel",
            "Stadsdeel",
            "wijk",
            "Wijk",
            "gemeente",
            "Gemeente",
            "bestuur",
            "Bestuur",
            "vestiging",
            "Vestiging");

    private Niveau() {}

    public static boolean known(String niveau) {
        return ORDER.contains(niveau);
    }

    /** {@code Gemeente}; an unknown level as it is. */
    public static String naam(String niveau) {
        return niveau == null ? "" : NAMES.getOrDefault(niveau, niveau);
    }

    /** The given levels that are known, in the fixed order. */
    public static List<String> ordered(Collection<String> niveaus) {
        return ORDER.stream().filter(niveaus::contains).toList();
    }
}

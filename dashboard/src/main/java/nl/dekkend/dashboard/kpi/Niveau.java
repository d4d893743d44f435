package nl.dekkend.dashboard.kpi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The levels of {@code kpi_values.niveau} as the catalog publishes them ({@code kpi_niveaus}): the order pages offer
 * them in and their Dutch names. Read per request from the publication; the dashboard keeps no list of its own.
 */
public final class Niveau {

    private final Map<String, String> names;

    public Niveau(Map<String, String> namesInOrder) {
        this.names = new LinkedHashMap<>(namesInOrder);
    }

    /** Every level, in the catalog's order. */
    public List<String> all() {
        return List.copyOf(names.keySet());
    }

    public boolean known(String niveau) {
        return names.containsKey(niveau);
    }

    /** {@code Gemeente}; an unknown level as it is. */
    public String naam(String niveau) {
        return niveau == null ? "" : names.getOrDefault(niveau, niveau);
    }

    /** The given levels that are known, in the catalog's order. */
    public List<String> ordered(Collection<String> niveaus) {
        return names.keySet().stream().filter(niveaus::contains).toList();
    }

    /** {@code swv, stadsdeel, wijk, gemeente, bestuur of vestiging}. */
    public String choices() {
        List<String> ids = List.copyOf(names.keySet());
        if (ids.size() < 2) {
            return String.join("", ids);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " of " + ids.get(ids.size() - 1);
    }
}

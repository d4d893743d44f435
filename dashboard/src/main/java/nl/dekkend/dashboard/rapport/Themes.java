package nl.dekkend.dashboard.rapport;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.thema.Thema;
import nl.dekkend.dashboard.thema.ThemaQueries;

/**
 * The themes as the reports order and title them: the catalog's themes as the publication holds them
 * ({@link ThemaQueries}), nothing of their own. The one place in {@code rapport} that knows where themes come from.
 */
final class Themes {

    private final Map<String, Thema> byId;

    private Themes(List<Thema> themes) {
        this.byId = themes.stream().collect(Collectors.toMap(Thema::id, Function.identity()));
    }

    static Themes of(ServingReader reader) {
        return new Themes(new ThemaQueries(reader).all());
    }

    /** Theme ids in the catalog's order; an id the catalog does not know comes last. */
    Comparator<String> order() {
        return Comparator.comparingInt(
                        (String id) -> byId.containsKey(id) ? byId.get(id).volgorde() : Integer.MAX_VALUE)
                .thenComparing(Comparator.naturalOrder());
    }

    /** The theme's headline indicators (the catalog's {@code kern}), empty for an unknown theme. */
    List<String> kern(String id) {
        Thema thema = byId.get(id);
        return thema == null ? List.of() : thema.kern();
    }

    String titel(String id) {
        Thema thema = byId.get(id);
        return thema == null ? id : thema.titel();
    }
}

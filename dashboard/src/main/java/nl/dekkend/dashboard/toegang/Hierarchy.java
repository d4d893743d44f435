package nl.dekkend.dashboard.toegang;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The areas of a publication and where each lies ({@code gebied_hierarchie}). */
public final class Hierarchy {

    /** The levels an area can lie in, from small to large. */
    static final List<String> ABOVE = List.of("wijk", "stadsdeel", "gemeente", "bestuur", "swv");

    private final Map<String, Place> places;

    public Hierarchy(List<Place> places) {
        this.places = places.stream()
                .collect(Collectors.toUnmodifiableMap(
                        p -> key(p.niveau(), p.gebied()), Function.identity(), (a, b) -> a));
    }

    public Optional<Place> place(String niveau, String gebied) {
        return Optional.ofNullable(places.get(key(niveau, gebied)));
    }

    private static String key(String niveau, String gebied) {
        return niveau + "\u0000" + gebied;
    }
}

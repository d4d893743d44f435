package nl.dekkend.dashboard.rapport;

import java.util.Comparator;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.thema.Thema;

/**
 * The themes as the reports order and title them: the dashboard's themes ({@link Thema}), nothing of their own. The
 * one place in {@code rapport} that knows where themes come from.
 */
final class Themes {

    private Themes() {}

    static Themes of(ServingReader reader) {
        return new Themes();
    }

    /** Theme ids in the navigation's order. */
    Comparator<String> order() {
        return Thema.NAVIGATION_ORDER;
    }

    String titel(String id) {
        return Thema.of(id).titel();
    }
}

package nl.dekkend.dashboard.thema;

import java.util.List;

/**
 * A theme of the catalog as the publication holds it ({@code kpi_themas}): its Dutch title, the question its page
 * answers, its place in the navigation, the indicators its page shows (in order) and the headline ones of the
 * overview. The dashboard keeps no list of themes of its own.
 */
public record Thema(String id, String titel, String intro, int volgorde, List<String> indicatoren, List<String> kern) {

    public Thema {
        indicatoren = List.copyOf(indicatoren);
        kern = List.copyOf(kern);
    }

    /** The page of this thema. */
    public String link() {
        return "/thema/" + id;
    }
}

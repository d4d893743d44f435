package nl.dekkend.dashboard.layout;

import java.util.List;
import nl.dekkend.dashboard.publicatie.PublicationNotice;
import nl.dekkend.dashboard.thema.Thema;

/**
 * What the shared layout shows on every page: the themes in the navigation and the notice about a refused newer
 * run. {@link #EMPTY} for pages without a publication (errors, nothing published yet).
 */
public record Layout(List<Thema> themas, PublicationNotice notice) {

    public static final Layout EMPTY = new Layout(List.of(), PublicationNotice.NONE);

    public Layout {
        themas = List.copyOf(themas);
    }
}

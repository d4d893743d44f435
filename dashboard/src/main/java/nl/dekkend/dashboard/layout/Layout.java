package nl.dekkend.dashboard.layout;

import java.util.List;
import nl.dekkend.dashboard.publicatie.PublicationNotice;
import nl.dekkend.dashboard.thema.Thema;

/**
 * What the shared layout shows on every page: the themes in the navigation, the notice about a refused newer run,
 * who is logged in (with the CSRF token of the logout form) and whether to show the beheer pages. {@link #EMPTY} for
 * pages without an account or publication (login, errors, nothing published yet): no navigation.
 */
public record Layout(
        List<Thema> themas, PublicationNotice notice, String gebruiker, String rol, boolean beheerder, String csrf) {

    public static final Layout EMPTY = new Layout(List.of(), PublicationNotice.NONE, "", "", false, "");

    public Layout {
        themas = List.copyOf(themas);
    }
}

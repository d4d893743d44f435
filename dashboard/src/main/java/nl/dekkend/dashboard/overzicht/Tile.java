package nl.dekkend.dashboard.overzicht;

import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.StatusLabel;

/**
 * One headline indicator on the overview: its newest value with figures, the period and, when a newer period has no
 * figures yet, a note saying so; the norm (or "geen norm vastgesteld"), the status, the change since the period
 * before, the national figure of the same period (empty when none is published) and the page that explains it.
 * {@code geenCijfers} says why there are no figures at all (empty when there are).
 */
public record Tile(
        String indicator,
        String naam,
        Cell waarde,
        String periode,
        String periodeNoot,
        String norm,
        StatusLabel status,
        String verandering,
        String landelijk,
        String link,
        String geenCijfers) {

    public boolean heeftCijfers() {
        return geenCijfers.isEmpty();
    }
}

package nl.dekkend.dashboard.deelname;

import nl.dekkend.dashboard.format.Cell;
import nl.dekkend.dashboard.format.StatusLabel;

/** One line of the Deelname table: one indicator in one schooljaar, formatted. */
public record DeelnameRow(
        String periode,
        String indicator,
        Cell teller,
        Cell noemer,
        Cell waarde,
        String landelijk,
        String norm,
        StatusLabel status) {
}

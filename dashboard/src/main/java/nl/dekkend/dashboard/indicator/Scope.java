package nl.dekkend.dashboard.indicator;

import io.javalin.http.ForbiddenResponse;
import nl.dekkend.dashboard.kpi.Niveau;
import nl.dekkend.dashboard.toegang.Figures;

/** A niveau or gebied the account may not see is refused (403), not answered with another area's figure. */
final class Scope {

    private Scope() {}

    static void check(Figures figures, Niveau niveaus, String niveau, String gebied) {
        String level = niveau == null || niveau.isBlank() ? null : niveau.trim();
        if (level != null && niveaus.known(level) && !figures.viewer().levels().contains(level)) {
            throw new ForbiddenResponse();
        }
        if (gebied != null && !gebied.isBlank() && !figures.sees(level == null ? "swv" : level, gebied.trim())) {
            throw new ForbiddenResponse();
        }
    }
}

package nl.dekkend.dashboard.rapport;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import java.util.Set;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.appdb.Codes;
import nl.dekkend.appdb.Rol;
import nl.dekkend.dashboard.pdca.Pdca;
import nl.dekkend.dashboard.pdca.Slug;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/**
 * The download buttons: {@code /pdca/cycli/{cyclus}/rapport.pdf} (the Kwaliteitsrapportage, for the ledenraad, the
 * kwaliteitscommissie and the beheerder) and {@code /rapport/oogo.pdf?periode=2024-2025[&gemeente=GM0034]} (the
 * OOGO-overzicht, for a gemeente account and only its own gemeenten). Every download is written to the audit log.
 */
public final class RapportPage {

    private static final Set<Rol> KWALITEIT = Set.of(Rol.LEDENRAAD, Rol.KWALITEITSCOMMISSIE, Rol.BEHEERDER);

    private final ServingDatabase database;
    private final Reports reports;
    private final AuditLog audit;

    public RapportPage(ServingDatabase database, Pdca pdca, AuditLog audit, Templates templates) {
        this.database = database;
        this.reports = new Reports(templates, pdca);
        this.audit = audit;
    }

    /** Whether the cycle page shows this account the Kwaliteitsrapportage button. */
    public static boolean kwaliteit(Viewer viewer) {
        return KWALITEIT.contains(viewer.rol());
    }

    /** Whether the cycle page shows this account the OOGO button. */
    public static boolean oogo(Viewer viewer) {
        return viewer.rol() == Rol.GEMEENTE && !viewer.gemeenten().isEmpty();
    }

    public void kwaliteitsrapportage(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        if (!kwaliteit(viewer)) {
            throw new ForbiddenResponse();
        }
        String cyclus = Slug.code(ctx.pathParam("cyclus"));
        byte[] pdf;
        try (ServingReader reader = database.open()) {
            pdf = reports.kwaliteitsrapportage(reader, cyclus, viewer.naam());
        } catch (Reports.Onbekend e) {
            throw new NotFoundResponse(e.getMessage());
        }
        send(ctx, viewer, "Kwaliteitsrapportage " + cyclus, "kwaliteitsrapportage-" + ctx.pathParam("cyclus"), pdf);
    }

    public void oogoOverzicht(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        if (!oogo(viewer)) {
            throw new ForbiddenResponse();
        }
        String gemeente = Optional.ofNullable(ctx.queryParam("gemeente"))
                .map(g -> {
                    try {
                        return Codes.gemeente(g);
                    } catch (IllegalArgumentException e) {
                        throw new NotFoundResponse(e.getMessage());
                    }
                })
                .orElse(viewer.gemeenten().stream().sorted().findFirst().orElseThrow());
        if (!viewer.gemeenten().contains(gemeente)) {
            throw new ForbiddenResponse();
        }
        String periode = Optional.ofNullable(ctx.queryParam("periode")).orElse("");
        byte[] pdf;
        try (ServingReader reader = database.open()) {
            pdf = reports.oogo(reader, gemeente, periode, viewer.naam());
        } catch (Reports.Onbekend e) {
            throw new NotFoundResponse(e.getMessage());
        }
        send(ctx, viewer, "OOGO-overzicht " + gemeente + " " + periode, "oogo-" + gemeente + "-" + periode, pdf);
    }

    private void send(Context ctx, Viewer viewer, String onderwerp, String name, byte[] pdf) {
        audit.append(viewer.naam(), AuditLog.EXPORT, onderwerp + " (pdf)", ctx.ip());
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"");
        ctx.contentType("application/pdf");
        ctx.result(pdf);
    }
}

package nl.dekkend.dashboard.beheer;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.AuditEntry;
import nl.dekkend.appdb.AuditFilter;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.InvalidParameterException;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code GET /beheer/audit?gebruiker=&actie=&van=&tot=}: the audit log for the beheerder, newest first, filtered by
 * user, action and a range of days ({@code van} and {@code tot} inclusive, as {@code 2024-01-31}).
 */
public final class AuditPage {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** One line as the page shows it. */
    public record Line(String tijdstip, String gebruiker, String actie, String onderwerp, String adres) {}

    private final AuditLog audit;
    private final Templates templates;
    private final Layouts layouts;

    public AuditPage(AuditLog audit, Templates templates, Layouts layouts) {
        this.audit = audit;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void show(Context ctx) {
        if (!Viewer.current(ctx).beheerder()) {
            throw new ForbiddenResponse();
        }
        String gebruiker = param(ctx, "gebruiker");
        String actie = param(ctx, "actie");
        String van = param(ctx, "van");
        String tot = param(ctx, "tot");
        AuditFilter filter = AuditFilter.alles()
                .gebruiker(gebruiker.isEmpty() ? null : gebruiker)
                .actie(actie.isEmpty() ? null : actie);
        if (!van.isEmpty()) {
            filter = filter.van(day(van, "van").atStartOfDay(ZONE).toInstant());
        }
        if (!tot.isEmpty()) {
            filter = filter.tot(day(tot, "tot").plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        List<Line> lines = audit.list(filter).stream().map(AuditPage::line).toList();
        ctx.html(templates.render(
                "beheer/audit",
                Map.of(
                        "title",
                        "Auditlog",
                        "active",
                        "audit",
                        "lines",
                        lines,
                        "acties",
                        ACTIES,
                        "filter",
                        Map.of("gebruiker", gebruiker, "actie", actie, "van", van, "tot", tot),
                        "site",
                        layouts.withoutPublication(ctx))));
    }

    static final List<String> ACTIES = List.of(
            AuditLog.INLOGGEN,
            AuditLog.INLOGGEN_MISLUKT,
            AuditLog.UITLOGGEN,
            AuditLog.ACCOUNT_TOEGEVOEGD,
            AuditLog.ACCOUNT_VERWIJDERD,
            AuditLog.WACHTWOORD_GEWIJZIGD,
            AuditLog.TOKEN_UITGEGEVEN,
            AuditLog.TOKEN_INGETROKKEN,
            AuditLog.DETAIL_BEKEKEN,
            AuditLog.EXPORT,
            AuditLog.BACKUP,
            AuditLog.HERSTEL);

    private static Line line(AuditEntry e) {
        return new Line(
                DutchFormat.dateTime(e.tijdstip().atZone(ZONE).toLocalDateTime()),
                e.gebruiker(),
                e.actie(),
                e.onderwerp() == null ? "" : e.onderwerp(),
                e.adres() == null ? "" : e.adres());
    }

    private static LocalDate day(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("Ongeldige datum bij '" + name + "': '" + value
                    + "'; gebruik jjjj-mm-dd, bijvoorbeeld 2024-01-31.");
        }
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }
}

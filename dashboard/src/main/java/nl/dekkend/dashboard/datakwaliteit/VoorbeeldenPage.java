package nl.dekkend.dashboard.datakwaliteit;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.publicatie.RefusedRun;
import nl.dekkend.dashboard.publicatie.RefusedRuns;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Viewer;
import nl.dekkend.dashboard.web.Templates;

/**
 * {@code GET /datakwaliteit/voorbeelden}: the failing rows of failed data tests (of the served publication and of a
 * refused newer run). Pupil-level detail, so only for the beheerder (403 for everyone else), and every view is
 * written to the audit log with the tests it showed.
 */
public final class VoorbeeldenPage {

    private final ServingDatabase database;
    private final RefusedRuns refused;
    private final AuditLog audit;
    private final Templates templates;
    private final Layouts layouts;

    public VoorbeeldenPage(
            ServingDatabase database, RefusedRuns refused, AuditLog audit, Templates templates, Layouts layouts) {
        this.database = database;
        this.refused = refused;
        this.audit = audit;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void show(Context ctx) {
        Viewer viewer = Viewer.current(ctx);
        if (!viewer.beheerder()) {
            throw new ForbiddenResponse();
        }
        try (ServingReader reader = database.open()) {
            List<DataTestResult> current = new DatakwaliteitQueries(reader)
                    .dataTests().stream().filter(t -> !t.geslaagd()).toList();
            List<DataTestResult> refusedRun =
                    refused.newest().map(RefusedRun::failingTests).orElse(List.of());
            audit.append(
                    viewer.naam(),
                    AuditLog.DETAIL_BEKEKEN,
                    "foute rijen van datatests: "
                            + Stream.concat(current.stream(), refusedRun.stream())
                                    .map(t -> t.model() + " " + t.test())
                                    .collect(Collectors.joining("; ")),
                    ctx.ip());
            ctx.html(templates.render(
                    "datakwaliteit/voorbeelden",
                    Map.of(
                            "title",
                            "Foute rijen van datatests",
                            "active",
                            "datakwaliteit",
                            "current",
                            current,
                            "refused",
                            refusedRun,
                            "site",
                            layouts.of(reader, ctx))));
        }
    }
}

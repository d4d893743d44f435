package nl.dekkend.dashboard.pdca;

import io.javalin.http.Context;
import nl.dekkend.appdb.pdca.NormSet;
import nl.dekkend.dashboard.serving.NoPublicationException;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.serving.ServingReader;
import nl.dekkend.dashboard.toegang.Viewer;

/**
 * The norms in force for one request, read from the app database before the handler runs (after the access check),
 * so every figure of the request is judged by the same norms and a changed norm shows on the next request.
 */
public final class RequestNorms {

    static final String ATTRIBUTE = "dekkend.normen";

    private final ServingDatabase database;
    private final Pdca pdca;
    private volatile NormSet last = NormSet.empty();

    public RequestNorms(ServingDatabase database, Pdca pdca) {
        this.database = database;
        this.pdca = pdca;
    }

    /** Before-handler: only for requests with an account (pages and API), not the login or static files. */
    public void attach(Context ctx) {
        if (ctx.attribute(Viewer.ATTRIBUTE) == null) {
            return;
        }
        try (ServingReader reader = database.open()) {
            ctx.attribute(ATTRIBUTE, same(pdca.normsFor(reader)));
        } catch (NoPublicationException e) {
            ctx.attribute(ATTRIBUTE, NormSet.empty());
        }
    }

    /**
     * The norms of the previous request when they are the same (the usual case), so that pages kept per norms
     * ({@code Figures#view}) compare them by reference rather than norm by norm.
     */
    private NormSet same(NormSet norms) {
        NormSet previous = last;
        if (norms.equals(previous)) {
            return previous;
        }
        last = norms;
        return norms;
    }

    public static NormSet of(Context ctx) {
        NormSet norms = ctx.attribute(ATTRIBUTE);
        if (norms == null) {
            throw new IllegalStateException("no norms for this request: RequestNorms.attach did not run");
        }
        return norms;
    }
}

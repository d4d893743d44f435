package nl.dekkend.dashboard;

import io.javalin.config.RoutesConfig;
import nl.dekkend.dashboard.deelname.DeelnamePage;
import nl.dekkend.dashboard.serving.NoPublicationException;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.web.ErrorPages;
import nl.dekkend.dashboard.web.StaticAssets;
import nl.dekkend.dashboard.web.Templates;

/** Every route of the dashboard, top to bottom. */
final class Routes {

    private Routes() {
    }

    static void register(RoutesConfig routes, ServingDatabase database, Templates templates) {
        DeelnamePage deelname = new DeelnamePage(database, templates);
        ErrorPages errors = new ErrorPages(templates);
        StaticAssets assets = new StaticAssets();

        routes.get("/deelname", deelname::show);
        routes.get(StaticAssets.ECHARTS_PATH, assets::echarts);

        routes.exception(NoPublicationException.class, (e, ctx) -> errors.noPublication(ctx));
        routes.exception(Exception.class, errors::serverError);
        routes.error(404, errors::notFound);
    }
}

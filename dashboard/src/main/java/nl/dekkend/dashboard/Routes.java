package nl.dekkend.dashboard;

import io.javalin.config.RoutesConfig;
import nl.dekkend.dashboard.api.IndicatorenApi;
import nl.dekkend.dashboard.datakwaliteit.DatakwaliteitPage;
import nl.dekkend.dashboard.deelname.DeelnamePage;
import nl.dekkend.dashboard.indicator.IndicatorPage;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.overzicht.OverzichtPage;
import nl.dekkend.dashboard.publicatie.RefusedRuns;
import nl.dekkend.dashboard.serving.NoPublicationException;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.thema.ThemaPage;
import nl.dekkend.dashboard.web.ErrorPages;
import nl.dekkend.dashboard.web.InvalidParameterException;
import nl.dekkend.dashboard.web.StaticAssets;
import nl.dekkend.dashboard.web.Templates;

/** Every route of the dashboard, top to bottom. */
final class Routes {

    private Routes() {}

    static void register(RoutesConfig routes, DashboardConfig config, ServingDatabase database, Templates templates) {
        Layouts layouts = new Layouts(new RefusedRuns(config.refusedDir(), database));
        OverzichtPage overzicht = new OverzichtPage(database, templates, layouts);
        DeelnamePage deelname = new DeelnamePage(database, templates, layouts);
        IndicatorPage indicator = new IndicatorPage(database, templates, layouts);
        DatakwaliteitPage datakwaliteit = new DatakwaliteitPage(database, templates, layouts);
        ThemaPage thema = new ThemaPage(database, templates, layouts);
        IndicatorenApi api = new IndicatorenApi(database);
        StaticAssets assets = new StaticAssets();
        ErrorPages errors = new ErrorPages(templates);

        routes.get("/", overzicht::show);
        routes.get("/deelname", deelname::show);
        routes.get("/thema/{thema}", thema::show);
        routes.get("/indicatoren/{id}", indicator::show);
        routes.get("/datakwaliteit", datakwaliteit::show);

        routes.get("/api/indicatoren", api::catalog);
        routes.get("/api/indicatoren/{id}", api::indicator);

        routes.get(StaticAssets.ECHARTS_PATH, assets::echarts);

        routes.exception(NoPublicationException.class, (e, ctx) -> errors.noPublication(ctx));
        routes.exception(InvalidParameterException.class, errors::badRequest);
        routes.exception(Exception.class, errors::serverError);
        routes.error(404, errors::notFound);
    }
}

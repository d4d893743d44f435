package nl.dekkend.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ForbiddenResponse;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.appdb.Tokens;
import nl.dekkend.dashboard.api.IndicatorenApi;
import nl.dekkend.dashboard.beheer.AccountsPage;
import nl.dekkend.dashboard.beheer.AuditPage;
import nl.dekkend.dashboard.datakwaliteit.DatakwaliteitPage;
import nl.dekkend.dashboard.datakwaliteit.VoorbeeldenPage;
import nl.dekkend.dashboard.deelname.DeelnamePage;
import nl.dekkend.dashboard.export.Export;
import nl.dekkend.dashboard.indicator.IndicatorPage;
import nl.dekkend.dashboard.inloggen.Access;
import nl.dekkend.dashboard.inloggen.LoginPage;
import nl.dekkend.dashboard.inloggen.LoginThrottle;
import nl.dekkend.dashboard.inloggen.Sessions;
import nl.dekkend.dashboard.layout.Layouts;
import nl.dekkend.dashboard.overzicht.OverzichtPage;
import nl.dekkend.dashboard.pdca.ActiesPage;
import nl.dekkend.dashboard.pdca.CyclusPage;
import nl.dekkend.dashboard.pdca.IndicatorCyclusPage;
import nl.dekkend.dashboard.pdca.NormsPage;
import nl.dekkend.dashboard.pdca.Pdca;
import nl.dekkend.dashboard.pdca.RequestNorms;
import nl.dekkend.dashboard.publicatie.RefusedRuns;
import nl.dekkend.dashboard.rapport.RapportPage;
import nl.dekkend.dashboard.serving.NoPublicationException;
import nl.dekkend.dashboard.serving.ServingDatabase;
import nl.dekkend.dashboard.thema.ThemaPage;
import nl.dekkend.dashboard.vergelijking.VergelijkingPage;
import nl.dekkend.dashboard.web.ErrorPages;
import nl.dekkend.dashboard.web.InvalidParameterException;
import nl.dekkend.dashboard.web.SecurityHeaders;
import nl.dekkend.dashboard.web.StaticAssets;
import nl.dekkend.dashboard.web.Templates;

/**
 * Every route of the dashboard, top to bottom. Before every request: the security headers, then the access check
 * (account from the session or a bearer token, CSRF on every POST). Figures reach pages, charts, the API and the CSV
 * export only through {@code toegang.Figures} (scope and privacy).
 */
final class Routes {

    private Routes() {}

    static void register(RoutesConfig routes, DashboardConfig config, ServingDatabase database, Templates templates) {
        Sessions sessions = new Sessions(config.clock());
        Accounts accounts = new Accounts(config.appDatabase());
        AuditLog audit = new AuditLog(config.appDatabase());
        Access access = new Access(sessions, accounts, new Tokens(config.appDatabase()));
        RefusedRuns refused = new RefusedRuns(config.refusedDir(), database);
        Layouts layouts = new Layouts(refused);
        Export export = new Export(audit);
        LoginPage login =
                new LoginPage(access, sessions, accounts, audit, new LoginThrottle(config.clock()), templates);
        OverzichtPage overzicht = new OverzichtPage(database, templates, layouts);
        DeelnamePage deelname = new DeelnamePage(database, templates, layouts, export);
        IndicatorPage indicator = new IndicatorPage(database, templates, layouts, export);
        VergelijkingPage vergelijking = new VergelijkingPage(database, templates, layouts, export);
        DatakwaliteitPage datakwaliteit = new DatakwaliteitPage(database, templates, layouts, export);
        VoorbeeldenPage voorbeelden = new VoorbeeldenPage(database, refused, audit, templates, layouts);
        ThemaPage thema = new ThemaPage(database, templates, layouts, export);
        AccountsPage accountsPage = new AccountsPage(config.appDatabase(), sessions, templates, layouts);
        AuditPage auditPage = new AuditPage(audit, templates, layouts);
        IndicatorenApi api = new IndicatorenApi(database, audit);
        Pdca pdca = new Pdca(config.appDatabase(), config.clock());
        CyclusPage cyclus = new CyclusPage(database, pdca, templates, layouts, export);
        IndicatorCyclusPage cyclusIndicator = new IndicatorCyclusPage(database, pdca, templates, layouts);
        ActiesPage acties = new ActiesPage(database, pdca, audit, templates, layouts);
        NormsPage normen = new NormsPage(database, pdca, templates, layouts);
        RapportPage rapport = new RapportPage(database, pdca, audit, templates);
        StaticAssets assets = new StaticAssets();
        ErrorPages errors = new ErrorPages(templates);

        routes.before(SecurityHeaders::apply);
        routes.before(access::check);
        routes.before(new RequestNorms(database, pdca)::attach);

        routes.get("/inloggen", login::form);
        routes.post("/inloggen", login::login);
        routes.post("/uitloggen", login::logout);

        routes.get("/", overzicht::show);
        routes.get("/deelname", deelname::show);
        routes.get("/thema/{thema}", thema::show);
        routes.get("/indicatoren/{id}", indicator::show);
        routes.get("/vergelijking", vergelijking::show); // ?indicator=&periode=&formaat=csv|xlsx
        routes.get("/datakwaliteit", datakwaliteit::show); // ?tabel=…&formaat=csv|xlsx exports, logged
        routes.get("/datakwaliteit/voorbeelden", voorbeelden::show); // beheerder, logged

        // PDCA: every role reads (gemeente and bestuur within their scope); kwaliteitscommissie and beheerder edit
        routes.get("/pdca", cyclus::index);
        routes.post("/pdca/cycli", cyclus::open);
        routes.get("/pdca/cycli/{cyclus}", cyclus::show); // ?formaat=csv|xlsx exports, logged
        routes.post("/pdca/cycli/{cyclus}/sluiten", cyclus::close);
        routes.get("/pdca/cycli/{cyclus}/indicatoren/{id}", cyclusIndicator::show);
        routes.post("/pdca/cycli/{cyclus}/indicatoren/{id}/analyse", cyclusIndicator::saveAnalysis);
        routes.post("/pdca/cycli/{cyclus}/indicatoren/{id}/acties", cyclusIndicator::addAction);
        routes.post("/pdca/cycli/{cyclus}/indicatoren/{id}/acties/{actie}", cyclusIndicator::updateAction);
        routes.get("/pdca/cycli/{cyclus}/rapport.pdf", rapport::kwaliteitsrapportage); // logged
        routes.get("/rapport/oogo.pdf", rapport::oogoOverzicht); // gemeente, logged
        routes.get("/pdca/acties", acties::show); // ?formaat=csv|xlsx exports, logged
        routes.get("/pdca/normen", normen::show);
        routes.post("/pdca/normen", normen::change);

        routes.get("/beheer/accounts", accountsPage::show); // beheerder
        routes.post("/beheer/accounts", accountsPage::add);
        routes.post("/beheer/accounts/{naam}/verwijderen", accountsPage::remove);
        routes.post("/beheer/accounts/{naam}/wachtwoord", accountsPage::passwd);
        routes.get("/beheer/audit", auditPage::show); // beheerder

        routes.get("/api/indicatoren", api::catalog);
        routes.get("/api/indicatoren/{id}", api::indicator);
        routes.get("/api/indicatoren/{id}/csv", api::csv); // logged

        routes.get(StaticAssets.ECHARTS_PATH, assets::echarts);

        routes.exception(NoPublicationException.class, (e, ctx) -> errors.noPublication(ctx));
        routes.exception(InvalidParameterException.class, errors::badRequest);
        routes.exception(ForbiddenResponse.class, (e, ctx) -> errors.forbidden(ctx));
        routes.exception(Exception.class, errors::serverError);
        routes.error(404, errors::notFound);
    }
}

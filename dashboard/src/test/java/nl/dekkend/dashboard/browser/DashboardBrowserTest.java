package nl.dekkend.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ReducedMotion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.dekkend.dashboard.ServingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real headless Chromium (Debian's {@code /usr/bin/chromium}, driven by Playwright): every role
 * logs in through the form and visits its pages; each shows its key figure (or the refusal), the charts render from
 * the vendored ECharts under the Content-Security-Policy, nothing is fetched from outside localhost, no console
 * errors, and axe-core finds no accessibility violations. Screenshots land in {@code target/browser/}. Without Chromium the test fails under CI ({@code CI=true}) and is
 * skipped with a message elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private Chromium chromium;
    private Browser browser;
    private String origin;

    @BeforeAll
    void start(@TempDir Path warehouseDir) {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish(
                "x",
                "po3009",
                "landelijk_ontbreekt_so",
                "gebieden",
                "scope",
                "matrix",
                "stromen",
                "herkomst",
                "afstanden",
                "bekostiging",
                "toeleiding",
                "basiskwaliteit",
                "woongemeente",
                "vergelijking");
        fixture.refuse("run-2", "po3009", "afgekeurd_run_2");
        chromium = Chromium.start(fixture.config());
        browser = chromium.browser;
        origin = chromium.origin;
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Per role: the pages it visits and a text each must show (a key figure or the refusal of a page). */
    private static final Map<String, List<String[]>> VISITS = Map.of(
            "beheerder",
            List.<String[]>of(
                    new String[] {"/beheer/accounts", "kwaliteitscommissie"},
                    new String[] {"/beheer/audit", "inloggen"},
                    new String[] {"/datakwaliteit/voorbeelden", "12AB00 2013-10-01 (2x)"},
                    new String[] {"/indicatoren/deelname_sbo?niveau=gemeente", "0,10 %"}),
            "analist",
            List.<String[]>of(new String[] {"/indicatoren/deelname_sbo?niveau=gemeente", "0,10 %"}),
            "kwaliteitscommissie",
            List.<String[]>of(
                    new String[] {"/indicatoren/deelname_sbo?niveau=gemeente", "< 5"},
                    new String[] {"/thema/tijdelijkheid", "Hoe lang duurt een plaatsing?"},
                    new String[] {
                        "/thema/dekkend_aanbod", "Tekort voor leren in stadsdeel Bergeijk-Noord (aantal onderdrukt)"
                    },
                    new String[] {"/thema/thuisnabijheid", "Hoe ver wonen leerlingen van hun school?"},
                    new String[] {"/thema/thuisnabijheid", "Waar liggen de scholen, en uit welke wijken komen hun"}),
            "ledenraad",
            List.<String[]>of(new String[] {"/indicatoren/leerlingen_bao?niveau=vestiging", "1.222"}),
            "gemeente",
            List.<String[]>of(
                    new String[] {"/indicatoren/leerlingen_bao?niveau=gemeente", "5.111"},
                    new String[] {"/indicatoren/leerlingen_bao?niveau=gemeente&gebied=GM0861", "Geen toegang"}),
            "bestuur",
            List.<String[]>of(
                    new String[] {"/indicatoren/leerlingen_bao?niveau=bestuur", "6.111"},
                    new String[] {"/beheer/accounts", "Geen toegang"}));

    /**
     * The roles whose visits of the common pages axe checks: the unsuppressed view (beheerder) and a suppressed, scoped
     * one (gemeente). The other roles' common pages render the same templates with the same or fewer cells; their own
     * pages are always checked.
     */
    private static final List<String> AXE_ROLES = List.of("beheerder", "gemeente");

    /**
     * The roles that visit all common pages: each sees other figures on them (exact or suppressed, every area or only
     * its own, see {@code Viewer}). The analist sees the beheerder's figures and the ledenraad the
     * kwaliteitscommissie's; they visit the overview (their menu) and their own pages.
     */
    private static final List<String> COMMON_ROLES = List.of("beheerder", "kwaliteitscommissie", "gemeente", "bestuur");

    /** The role whose visits of the common pages are kept as screenshots (with every role's own pages). */
    private static final String SCREENSHOT_ROLE = "gemeente";

    /** Pages every role visits, with a figure every role sees (SWV totals). */
    private static final List<String[]> COMMON = List.<String[]>of(
            new String[] {"/", "Overzicht"},
            new String[] {"/deelname", "1,83 %"},
            new String[] {"/thema/deelname", "Deelname SBO en SO"},
            new String[] {"/thema/thuiszitters", "Thuiszitters"},
            new String[] {"/thema/tijdelijkheid", "hoe lang blijven leerlingen"},
            new String[] {"/thema/dekkend_aanbod", "waar ontbreekt die?"},
            new String[] {"/thema/financien", "Van normatief budget naar resterend ondersteuningsbudget"},
            new String[] {"/thema/thuisnabijheid", "Thuisnabijheid"},
            new String[] {"/thema/toeleiding", "Hoeveel TLV's worden aangevraagd en besloten"},
            new String[] {"/thema/basiskwaliteit", "Basiskwaliteit"},
            new String[] {"/vergelijking", "1,68 %"},
            new String[] {"/vergelijking?indicator=deelname_so_cat2&periode=2014-2015", "0,10 %"},
            new String[] {"/indicatoren/deelname_so?niveau=swv&gebied=PO3009", "1,34 %"},
            new String[] {"/indicatoren/leerlingen_bao", "9.000"},
            new String[] {"/indicatoren/bekostiging_normatief_zwaar", "5.613.518"},
            new String[] {"/datakwaliteit", "Datakwaliteit"});

    /**
     * Two browsers visit the roles side by side, each role in its own context: the one of this JVM on this thread and
     * a second one on another thread, each taking the next role from the queue (the costliest roles first).
     */
    @Test
    void everyRoleLogsInSeesItsPagesWithoutErrorsOrOutsideRequestsAndAxeFindsNothing() throws InterruptedException {
        Queue<String> roles = new ConcurrentLinkedQueue<>(
                List.of("kwaliteitscommissie", "beheerder", "gemeente", "bestuur", "ledenraad", "analist"));
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            Future<?> other = second.submit(() -> {
                try (Playwright playwright = Chromium.playwright()) {
                    Browser own = Chromium.launch(playwright);
                    for (String rol = roles.poll(); rol != null; rol = roles.poll()) {
                        visitAs(own, rol);
                    }
                }
            });
            for (String rol = roles.poll(); rol != null; rol = roles.poll()) {
                visitAs(browser, rol);
            }
            other.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            second.shutdownNow();
        }
    }

    /** One role logs in, visits the common pages and its own, and logs out. */
    private void visitAs(Browser browser, String rol) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 900)
                        .setReducedMotion(ReducedMotion.REDUCE));
                Page page = context.newPage()) {
            List<String> requests = new CopyOnWriteArrayList<>();
            List<String> errors = new CopyOnWriteArrayList<>();
            page.onRequest(request -> requests.add(request.url()));
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type()) && !message.text().contains("403")) {
                    errors.add(message.text());
                }
            });
            page.onPageError(errors::add);

            page.navigate(origin + "/deelname");
            assertThat(page.url()).isEqualTo(origin + "/inloggen");
            if ("beheerder".equals(rol)) {
                axe(page, "/inloggen");
                screenshot(page, "inloggen");
            }
            chromium.login(page, rol);

            List<String[]> visits =
                    new java.util.ArrayList<>(COMMON_ROLES.contains(rol) ? COMMON : COMMON.subList(0, 1));
            visits.addAll(VISITS.get(rol));
            for (String[] visit : visits) {
                page.navigate(origin + visit[0]);
                page.waitForLoadState();
                if (page.locator("[data-chart-source]").count() > 0) {
                    page.waitForSelector("[data-chart-ready=true] canvas");
                    // the context asks for reduced motion: the charts are drawn at once, without animation
                    assertThat(page.evaluate("() => echarts.getInstanceByDom("
                                    + "document.querySelector('[data-chart-source]')).getOption().animation"))
                            .as(rol + " " + visit[0] + ": animation")
                            .isEqualTo(false);
                }
                assertThat(page.locator("main").innerText())
                        .as(rol + " " + visit[0])
                        .contains(visit[1]);
                boolean own = !COMMON.contains(visit);
                if (AXE_ROLES.contains(rol) || own) {
                    axe(page, rol + " " + visit[0]);
                    if (SCREENSHOT_ROLE.equals(rol) || own) {
                        screenshot(page, rol + visit[0].replaceAll("[^A-Za-z0-9]+", "-"));
                    }
                }
            }
            assertThat(errors).as(rol + ": console errors").isEmpty();
            assertThat(requests)
                    .as("requests")
                    .allSatisfy(url -> assertThat(url).startsWith(origin + "/"));

            page.navigate(origin + "/");
            page.click(".logout button");
            page.waitForURL(origin + "/inloggen");
        }
    }

    @Test
    void aClickOnAThemeChartOpensTheDrillDownAndAVestigingShowsItsWijkenOnHover() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                Page page = context.newPage()) {
            page.navigate(origin + "/inloggen");
            chromium.login(page, "kwaliteitscommissie");

            // woongemeente.sql: Bergeijk's SBO bar (2,00 %) opens that gemeente on the indicator page
            page.navigate(origin + "/thema/deelname");
            page.waitForSelector("#chart-woongemeente[data-chart-ready=true] canvas");
            // this context did not ask for reduced motion: the bars grow, and the click meets them where they end
            assertThat(page.evaluate("() => echarts.getInstanceByDom("
                            + "document.getElementById('chart-woongemeente')).getOption().animation"))
                    .isNotEqualTo(false);
            double[] bar = barCentre(page, "chart-woongemeente", 0, 0);
            page.mouse().click(bar[0], bar[1]);
            page.waitForURL(url -> url.equals(origin
                    + "/indicatoren/deelname_sbo_woonplaats?niveau=gemeente&gebied=GM1724" + "&periode=2014-2015"));
            assertThat(page.locator("main").innerText()).contains("2,00 %");

            // herkomst.sql: De Beuk (SBO) at [5.41, 51.40]; the tooltip names the wijk it draws its pupils from (the
            // only BaO vestiging has no coordinates, so SBO is the first series)
            page.navigate(origin + "/thema/thuisnabijheid");
            page.waitForSelector("#chart-vestigingen[data-chart-ready=true] canvas");
            page.locator("#chart-vestigingen").scrollIntoViewIfNeeded();
            double[] at = pixel(page, "chart-vestigingen", "{seriesIndex: 0}", "[5.41, 51.40]");
            page.mouse().move(at[0], at[1]);
            page.waitForSelector("#chart-vestigingen div:has-text('Meeste leerlingen uit: Zeelst (25)')");
        }
    }

    @Test
    void axeFailsOnAPageWithAViolation() {
        try (BrowserContext context = browser.newContext();
                Page page = context.newPage()) {
            page.setContent("<!doctype html><html lang=\"nl\"><head><title>Fout</title></head>"
                    + "<body><main><h1>Fout</h1><img src=\"data:,\"></main></body></html>");
            assertThatThrownBy(() -> Chromium.axe(page, "een afbeelding zonder alt"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt");
        }
    }

    /** The position in the viewport of a data point of a chart (ECharts' convertToPixel on the chart's own finder). */
    private static double[] pixel(Page page, String id, String finder, String value) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) page.evaluate("() => { const el = document.getElementById('" + id + "');"
                + " const p = echarts.getInstanceByDom(el).convertToPixel(" + finder + ", " + value + ");"
                + " const box = el.getBoundingClientRect(); return [box.left + p[0], box.top + p[1]]; }");
        return new double[] {xy.get(0).doubleValue(), xy.get(1).doubleValue()};
    }

    /** The position in the viewport of the middle of a bar (its layout as ECharts drew it). */
    private static double[] barCentre(Page page, String id, int series, int index) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) page.evaluate("() => { const el = document.getElementById('" + id + "');"
                + " const r = echarts.getInstanceByDom(el).getModel().getSeriesByIndex(" + series + ")"
                + ".getData().getItemLayout(" + index + "); const box = el.getBoundingClientRect();"
                + " return [box.left + r.x + r.width / 2, box.top + r.y + r.height / 2]; }");
        return new double[] {xy.get(0).doubleValue(), xy.get(1).doubleValue()};
    }

    private static void axe(Page page, String what) {
        Chromium.axe(page, what);
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }
}

package nl.dekkend.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real headless Chromium (Debian's {@code /usr/bin/chromium}, driven by Playwright): the
 * chart renders from the vendored ECharts, nothing is fetched from outside localhost, no console errors, and
 * axe-core finds no accessibility violations. Without Chromium the test fails under CI ({@code CI=true}) and is
 * skipped with a message elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private Javalin server;
    private Playwright playwright;
    private Browser browser;
    private String origin;

    @BeforeAll
    void start(@TempDir Path warehouseDir) {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = CHROMIUM + " is missing: install it with apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " (CI=true: browser tests must run)");
            }
            Assumptions.abort("Skipping browser test: " + message);
        }
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "landelijk_ontbreekt_so", "gebieden");
        fixture.refuse("run-2", "po3009", "afgekeurd_run_2");
        server = DashboardServer.start(fixture.config(), "127.0.0.1", 0);
        origin = "http://127.0.0.1:" + server.port();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(ARGS));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void deelnameRendersTheChartWithoutErrorsOrOutsideRequests() {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
            List<String> requests = new CopyOnWriteArrayList<>();
            List<String> errors = new CopyOnWriteArrayList<>();
            page.onRequest(request -> requests.add(request.url()));
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    errors.add(message.text());
                }
            });
            page.onPageError(errors::add);

            page.navigate(origin + "/deelname");
            page.waitForSelector("#chart-deelname[data-chart-ready=true] canvas");
            page.waitForLoadState();

            assertThat(page.locator("#chart-deelname canvas").count()).isPositive();
            assertThat(page.locator("table").first().textContent()).contains("1,83 %", "2013-2014");
            assertThat(errors).as("console errors").isEmpty();
            assertThat(requests)
                    .as("requests")
                    .isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Paths.get(System.getProperty("basedir", "."), "target", "deelname.png")));
        }
    }

    @Test
    void indicatorPageRendersAreaAndBreakdownChartsAndThemaPageItsTrends() {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
            List<String> errors = new CopyOnWriteArrayList<>();
            page.onPageError(errors::add);
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    errors.add(message.text());
                }
            });
            page.navigate(origin + "/indicatoren/deelname_so?niveau=swv&gebied=PO3009");
            page.waitForSelector("#chart-gebieden[data-chart-ready=true] canvas");
            page.waitForSelector("#chart-uitsplitsing[data-chart-ready=true] canvas");
            assertThat(page.locator(".banner").textContent()).contains("is niet gepubliceerd");
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Paths.get(System.getProperty("basedir", "."), "target", "indicator.png")));

            page.navigate(origin + "/indicatoren/deelname_sbo_so?niveau=gemeente");
            page.waitForSelector("#chart-gebieden[data-chart-ready=true] canvas");
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Paths.get(System.getProperty("basedir", "."), "target", "indicator-gemeente.png")));

            page.navigate(origin + "/thema/deelname");
            page.waitForSelector("#trend-0[data-chart-ready=true] canvas");
            assertThat(page.locator(".sparkline[data-chart-ready=true]").count())
                    .isGreaterThanOrEqualTo(5);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Paths.get(System.getProperty("basedir", "."), "target", "thema.png")));

            page.navigate(origin + "/datakwaliteit");
            assertThat(page.locator(".refused").textContent()).contains("2 datatests faalden");
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Paths.get(System.getProperty("basedir", "."), "target", "datakwaliteit.png")));
            assertThat(errors).as("console errors").isEmpty();
        }
    }

    @Test
    void pagesHaveNoAccessibilityViolations() {
        for (String path : List.of(
                "/",
                "/deelname",
                "/datakwaliteit",
                "/indicatoren/bekostiging_normatief_zwaar",
                "/indicatoren/deelname_sbo_so?niveau=gemeente",
                "/indicatoren/deelname_so?niveau=swv&gebied=PO3009",
                "/thema/deelname",
                "/thema/thuiszitters",
                "/indicatoren/deelname_sbo?niveau=wijk")) {
            try (Page page = browser.newPage()) {
                page.navigate(origin + path);
                page.waitForLoadState();
                if (page.locator("[data-chart-source]").count() > 0) {
                    page.waitForSelector("[data-chart-ready=true] canvas");
                }
                AxeResults results = new AxeBuilder(page).analyze();
                assertThat(results.getViolations())
                        .as("axe violations on " + path + ":\n" + describe(results))
                        .isEmpty();
            }
        }
    }

    private static String describe(AxeResults results) {
        return results.getViolations().stream()
                .map(DashboardBrowserTest::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(CheckedNode::getHtml).limit(3).collect(Collectors.joining(" | "));
    }
}

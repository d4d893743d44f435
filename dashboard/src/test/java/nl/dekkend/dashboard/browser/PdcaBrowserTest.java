package nl.dekkend.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
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
 * One whole PDCA cycle in Debian's Chromium, as a member of the kwaliteitscommissie does it: log in, change a norm
 * with a reason, open a cycle, write an analysis, add an action, close the cycle; then a corrected publication
 * arrives and the closed cycle shows its figures as presented with the difference marked. axe finds no violation
 * on any PDCA page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdcaBrowserTest {

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

    private ServingFixture fixture;
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
        fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "lake_versies");
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
    void aKwaliteitscommissieMemberRunsAWholeCycle() {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
            List<String> errors = new CopyOnWriteArrayList<>();
            page.onPageError(errors::add);
            page.navigate(origin + "/inloggen");
            page.fill("#gebruikersnaam", "kwaliteitscommissie");
            page.fill("#wachtwoord", ServingFixture.password("kwaliteitscommissie"));
            page.click("button:has-text('Inloggen')");
            page.waitForURL(origin + "/");

            page.click("nav >> text=PDCA-cyclus");
            page.click("text=Normen per planperiode");
            page.selectOption("#indicator", "deelname_sbo");
            page.selectOption("#planperiode", "2013-2017");
            page.selectOption("#richting", "lager_beter");
            page.fill("#norm", "1,90");
            page.fill("#reden", "Ambitie uit het ondersteuningsplan.");
            page.click("button:has-text('Norm opslaan')");
            page.waitForURL("**/pdca/normen?indicator=deelname_sbo**");
            assertThat(page.locator("section[aria-labelledby=wijzigingen]").textContent())
                    .contains("Ambitie uit het ondersteuningsplan.", "≤ 1,90 %");
            axe(page, "normen");

            page.navigate(origin + "/pdca");
            axe(page, "pdca zonder cyclus");
            page.fill("#code", "2013-2014 H2");
            page.click("button:has-text('Cyclus openen')");
            page.waitForURL(origin + "/pdca/cycli/2013-2014-H2");
            assertThat(page.locator("table.pdca-overzicht").textContent()).contains("1,83 %", "Groen", "ontbreekt");
            axe(page, "cyclus open");

            page.click("table.pdca-overzicht >> text=Deelnamepercentage SBO");
            page.waitForSelector("#chart-pdca[data-chart-ready=true] canvas");
            page.fill("#tekst", "De SBO-deelname ligt onder de norm; we houden dat vast.");
            page.click("button:has-text('Analyse opslaan')");
            page.waitForURL("**#analyse");
            page.fill("#nieuw-omschrijving", "Gesprekken met de SBO-scholen");
            page.fill("#nieuw-eigenaar", "Directeur SWV");
            page.fill("#nieuw-deadline", "1-3-2099");
            page.click("button:has-text('Actie toevoegen')");
            page.waitForSelector("#chart-pdca[data-chart-ready=true] canvas");
            assertThat(page.locator("#acties").locator("..").textContent()).contains("Gesprekken met de SBO-scholen");
            axe(page, "indicator in cyclus");
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Paths.get(System.getProperty("basedir", "."), "target", "pdca-indicator.png")));

            page.navigate(origin + "/pdca/cycli/2013-2014-H2");
            page.click("button:has-text('Cyclus 2013-2014 H2 sluiten')");
            page.waitForLoadState();
            assertThat(page.locator("main").textContent()).contains("Gesloten op", "dezelfde cijfers");

            // a corrected file for 2013-2014 has been loaded and published
            fixture.publish("y", "po3009", "lake_versies", "deelname_sbo_2_00");
            page.navigate(origin + "/pdca/cycli/2013-2014-H2");
            assertThat(page.locator("table.pdca-overzicht tr.gewijzigd").textContent())
                    .contains("1,83 %", "2,00 % (+0,17 %)", "Groen");
            axe(page, "gesloten cyclus met verschil");
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Paths.get(System.getProperty("basedir", "."), "target", "pdca-gesloten.png")));

            page.navigate(origin + "/pdca/acties");
            assertThat(page.locator("table").textContent()).contains("Gesprekken met de SBO-scholen");
            axe(page, "actieregister");
            assertThat(errors).as("page errors").isEmpty();
        }
    }

    private static void axe(Page page, String what) {
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page).analyze();
        assertThat(results.getViolations())
                .as("axe violations on " + what + ":\n"
                        + results.getViolations().stream()
                                .map(r -> r.getId() + ": " + r.getHelp() + " — "
                                        + r.getNodes().stream()
                                                .map(n -> n.getHtml())
                                                .limit(3)
                                                .collect(Collectors.joining(" | ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}

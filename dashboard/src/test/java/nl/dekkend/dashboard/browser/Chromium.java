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
import java.util.stream.Collectors;
import nl.dekkend.dashboard.DashboardConfig;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import org.junit.jupiter.api.Assumptions;

/**
 * The dashboard on a free port and Debian's headless Chromium ({@code /usr/bin/chromium}) driven by Playwright, for the
 * browser tests: start, log in through the form, run axe-core, take a screenshot under {@code target/browser/}.
 * Without Chromium a test fails under CI ({@code CI=true}) and is skipped with a message elsewhere. Public for app's
 * browser test through the real pipeline (dashboard's test-jar).
 */
public final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    public final Javalin server;
    public final Playwright playwright;
    public final Browser browser;
    public final String origin;

    private Chromium(Javalin server, Playwright playwright, Browser browser) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
        this.origin = "http://127.0.0.1:" + server.port();
    }

    public static Chromium start(DashboardConfig config) {
        if (!Files.isExecutable(EXECUTABLE)) {
            String message = EXECUTABLE + " is missing: install it with apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " (CI=true: browser tests must run)");
            }
            Assumptions.abort("Skipping browser test: " + message);
        }
        Javalin server = DashboardServer.start(config, "127.0.0.1", 0);
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(ARGS));
        return new Chromium(server, playwright, browser);
    }

    /** Logs in through the form as the fixture account of that role, from the page the browser is on. */
    public void login(Page page, String rol) {
        login(page, rol, ServingFixture.password(rol));
    }

    /** Logs in through the form with that account and password, from the page the browser is on. */
    public void login(Page page, String account, String password) {
        page.fill("#gebruikersnaam", account);
        page.fill("#wachtwoord", password);
        page.click("button:has-text('Inloggen')");
        page.waitForURL(origin + "/");
    }

    public static void axe(Page page, String what) {
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page).analyze();
        assertThat(results.getViolations())
                .as("axe violations on " + what + ":\n"
                        + results.getViolations().stream()
                                .map(Chromium::describe)
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Paths.get(System.getProperty("basedir", "."), "target", "browser", name + ".png")));
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(CheckedNode::getHtml).limit(3).collect(Collectors.joining(" | "));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.stop();
    }
}

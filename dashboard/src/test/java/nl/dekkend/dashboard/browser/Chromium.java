package nl.dekkend.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
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
    public final Browser browser;
    public final String origin;

    private Chromium(Javalin server, Browser browser) {
        this.server = server;
        this.browser = browser;
        this.origin = "http://127.0.0.1:" + server.port();
    }

    /**
     * The dashboard on a free port, and the one Chromium of this JVM (started by the first browser test, closed when
     * the JVM ends: a Playwright driver and a Chromium cost seconds to start). Each test works in its own context.
     */
    public static Chromium start(DashboardConfig config) {
        Browser browser = Shared.browser();
        Javalin server = DashboardServer.start(config, "127.0.0.1", 0);
        return new Chromium(server, browser);
    }

    /**
     * A Playwright driver of its own, for a test that drives a second browser from a second thread (Playwright's
     * objects stay on the thread that made them); {@link #launch(Playwright)} starts its Chromium.
     */
    public static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(ARGS));
    }

    private static final class Shared {

        private static Playwright playwright;
        private static Browser browser;

        static synchronized Browser browser() {
            if (browser == null) {
                if (!Files.isExecutable(EXECUTABLE)) {
                    String message =
                            EXECUTABLE + " is missing: install it with apt-get install -y chromium chromium-driver";
                    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                        throw new AssertionError(message + " (CI=true: browser tests must run)");
                    }
                    Assumptions.abort("Skipping browser test: " + message);
                }
                playwright = playwright();
                browser = launch(playwright);
                Runtime.getRuntime().addShutdownHook(new Thread(Shared::close));
            }
            return browser;
        }

        private static synchronized void close() {
            browser.close();
            playwright.close();
        }
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

    /**
     * axe-core on the page as it is: fails with every violation it finds. The pages have no frames, so axe runs in the page itself (axe's legacy mode)
     * rather than per frame with the results joined in a fresh blank page, which costs three injections of axe and a
     * page per check; a frame would end that assumption loudly.
     */
    public static void axe(Page page, String what) {
        page.waitForLoadState();
        assertThat(page.frames()).as("frames on " + what).hasSize(1);
        // every rule runs; only violations are turned into results (axe skips building selectors and snippets for
        // every passing node, most of its time on a page of tables)
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeResults results =
                new AxeBuilder(page).setLegacyMode(true).options(options).analyze();
        assertThat(results.getViolations())
                .as("axe violations on " + what + ":\n"
                        + results.getViolations().stream()
                                .map(Chromium::describe)
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /**
     * A full-page screenshot under {@code target/browser/}. Under a loaded machine Chromium now and then never delivers
     * the frame of a full-page capture (the call hangs after "fonts loaded"); the first attempt therefore gives up
     * after 10 s and the second one has the default 30 s.
     */
    public static void screenshot(Page page, String name) {
        Path path = Paths.get(System.getProperty("basedir", "."), "target", "browser", name + ".png");
        try {
            page.screenshot(
                    new Page.ScreenshotOptions().setFullPage(true).setPath(path).setTimeout(10_000));
        } catch (TimeoutError e) {
            System.err.println("screenshot " + name + " hing na 10 s; tweede poging");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(path));
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(CheckedNode::getHtml).limit(3).collect(Collectors.joining(" | "));
    }

    @Override
    public void close() {
        server.stop();
    }
}

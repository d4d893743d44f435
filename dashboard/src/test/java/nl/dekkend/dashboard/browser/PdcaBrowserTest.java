package nl.dekkend.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.dekkend.dashboard.ServingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One whole PDCA cycle in Debian's Chromium, as a member of the kwaliteitscommissie does it: log in, change a norm
 * with a reason, open a cycle, write an analysis, add an action, close the cycle, on a fixture publication. axe
 * finds no violation on any PDCA page. The same cycle through the real pipeline, with a corrected file loaded after
 * closing and the difference marked, is app's {@code PdcaCycleBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdcaBrowserTest {

    private ServingFixture fixture;
    private Chromium chromium;
    private Browser browser;
    private String origin;

    @BeforeAll
    void start(@TempDir Path warehouseDir) {
        fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "lake_versies");
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

    @Test
    void aKwaliteitscommissieMemberRunsAWholeCycle() {
        try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
            List<String> errors = new CopyOnWriteArrayList<>();
            page.onPageError(errors::add);
            page.navigate(origin + "/inloggen");
            chromium.login(page, "kwaliteitscommissie");

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
            Chromium.screenshot(page, "pdca-indicator");

            page.navigate(origin + "/pdca/cycli/2013-2014-H2");
            page.click("button:has-text('Cyclus 2013-2014 H2 sluiten')");
            page.waitForLoadState();
            assertThat(page.locator("main").textContent()).contains("Gesloten op", "dezelfde cijfers");

            axe(page, "gesloten cyclus");
            Chromium.screenshot(page, "pdca-gesloten");

            page.navigate(origin + "/pdca/acties");
            assertThat(page.locator("table").textContent()).contains("Gesprekken met de SBO-scholen");
            axe(page, "actieregister");
            assertThat(errors).as("page errors").isEmpty();
        }
    }

    private static void axe(Page page, String what) {
        Chromium.axe(page, what);
    }
}

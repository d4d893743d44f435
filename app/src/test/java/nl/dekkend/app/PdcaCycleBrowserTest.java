package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.dekkend.app.EndToEndTest.Output;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Rol;
import nl.dekkend.dashboard.DashboardConfig;
import nl.dekkend.dashboard.browser.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * One whole PDCA cycle in Debian's Chromium through the real pipeline, as the kwaliteitscommissie does it: a DUO count
 * for 2023-2024 goes through {@code dekkend run}; in the browser the member changes a norm with a reason, opens a
 * cycle, writes an analysis, adds an action and closes the cycle; then a corrected count replaces the file, {@code
 * dekkend run} publishes again, and the closed cycle shows its figures as presented with the differences marked. axe
 * finds no violation on any PDCA page. Slow (two pipeline runs): enabled with {@code -Ddekkend.slow=true}.
 */
@EnabledIfSystemProperty(named = "dekkend.slow", matches = "true")
class PdcaCycleBrowserTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String HEADER = "SWV_CODE;Teldatum;BaO;SBO;SO_cat1;SO_cat2;SO_cat3\r\n";
    private static final String ACCOUNT = "commissie";
    private static final String PASSWORD = "commissie-wachtwoord";

    @TempDir
    Path dir;

    @Test
    void aKwaliteitscommissieMemberRunsAWholeCycleAndSeesTheCorrectedFileMarked() throws Exception {
        Path inbox = dir.resolve("inbox");
        Path home = dir.resolve("home");
        Path count = inbox.resolve("duo_leerlingen_swv/leerlingen swv 2023.csv");
        Files.createDirectories(count.getParent());
        // 316 / 17.283 = 1,83 % SBO; 186 / 17.283 = 1,08 % SO cat. 1; 19 / 17.283 = 0,11 % SO cat. 2
        Files.writeString(count, HEADER + "PO3009;1-10-2023;16.967;316;186;19;26\r\n", WINDOWS_1252);
        run(inbox, home);

        try (AppDatabase appDatabase = AppDatabase.open(AppDatabase.defaultUrl(home));
                Chromium chromium = Chromium.start(new DashboardConfig(home.resolve("warehouse"), appDatabase))) {
            new Accounts(appDatabase)
                    .add(ACCOUNT, Rol.KWALITEITSCOMMISSIE, List.of(), List.of(), PASSWORD.toCharArray());
            String origin = chromium.origin;
            try (Page page = chromium.browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
                List<String> errors = new CopyOnWriteArrayList<>();
                page.onPageError(errors::add);
                page.navigate(origin + "/inloggen");
                chromium.login(page, ACCOUNT, PASSWORD);

                page.click("nav >> text=PDCA-cyclus");
                page.click("text=Normen per planperiode");
                page.selectOption("#indicator", "deelname_sbo");
                page.selectOption("#planperiode", "2022-2026");
                page.selectOption("#richting", "lager_beter");
                page.fill("#norm", "1,90");
                page.fill("#reden", "Ambitie uit het ondersteuningsplan.");
                page.click("button:has-text('Norm opslaan')");
                page.waitForURL("**/pdca/normen?indicator=deelname_sbo**");
                assertThat(page.locator("section[aria-labelledby=wijzigingen]").textContent())
                        .contains("Ambitie uit het ondersteuningsplan.", "≤ 1,90 %", ACCOUNT);
                Chromium.axe(page, "normen");

                page.navigate(origin + "/pdca");
                Chromium.axe(page, "pdca zonder cyclus");
                page.fill("#code", "2023-2024 H2");
                page.click("button:has-text('Cyclus openen')");
                page.waitForURL(origin + "/pdca/cycli/2023-2024-H2");
                assertThat(row(page, "Deelnamepercentage SBO").textContent())
                        .contains("2023-2024", "1,83 %", "≤ 1,90 %", "Groen", "ontbreekt");
                Chromium.axe(page, "cyclus open");

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
                assertThat(page.locator("#acties").locator("..").textContent())
                        .contains("Gesprekken met de SBO-scholen");
                Chromium.axe(page, "indicator in cyclus");

                page.navigate(origin + "/pdca/cycli/2023-2024-H2");
                assertThat(row(page, "Deelnamepercentage SBO").textContent()).contains("geschreven");
                page.click("button:has-text('Cyclus 2023-2024 H2 sluiten')");
                page.waitForLoadState();
                assertThat(page.locator("main").textContent()).contains("Gesloten op", "dezelfde cijfers");

                // the SWV finds 30 SBO pupils it missed and replaces the file: 346 / 17.313 = 2,00 %,
                // 186 / 17.313 = 1,07 %, 19 / 17.313 = 0,11 % (unchanged)
                Files.writeString(count, HEADER + "PO3009;1-10-2023;16.967;346;186;19;26\r\n", WINDOWS_1252);
                run(inbox, home);

                page.navigate(origin + "/pdca/cycli/2023-2024-H2");
                // SBO, SO cat. 1, SO (231 / 17.283 = 1,34 %, / 17.313 = 1,33 %), SBO + SO (547 → 577: 3,16 → 3,33 %)
                assertThat(page.locator("main").textContent())
                        .contains("4 cijfer(s) wijken af van de huidige publicatie");
                assertThat(row(page, "Deelnamepercentage SBO").getAttribute("class"))
                        .isEqualTo("gewijzigd");
                assertThat(row(page, "Deelnamepercentage SBO").textContent())
                        .contains("1,83 %", "2,00 % (+0,17 %)", "≤ 1,90 %", "Groen");
                assertThat(row(page, "Deelname SO categorie 1").textContent()).contains("1,08 %", "1,07 % (−0,01 %)");
                assertThat(row(page, "Deelname SO categorie 2").getAttribute("class"))
                        .isNull();
                assertThat(row(page, "Deelname SO categorie 2").textContent()).contains("0,11 %");
                Chromium.axe(page, "gesloten cyclus met verschil");
                Chromium.screenshot(page, "pdca-gesloten-na-correctie");

                page.navigate(origin + "/pdca/acties");
                assertThat(page.locator("table").first().textContent()).contains("Gesprekken met de SBO-scholen");
                Chromium.axe(page, "actieregister");
                assertThat(errors).as("page errors").isEmpty();
            }
        }
    }

    private static void run(Path inbox, Path home) {
        Output run = EndToEndTest.dekkend(
                "run", "--inbox", inbox.toString(), "--home", home.toString(), "--master", "local[2]");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    /** The row of the cycle's table whose indicator is named exactly so. */
    private static Locator row(Page page, String naam) {
        return page.locator("table.pdca-overzicht tbody tr")
                .filter(new Locator.FilterOptions().setHas(page.locator("th a:text-is('" + naam + "')")));
    }
}

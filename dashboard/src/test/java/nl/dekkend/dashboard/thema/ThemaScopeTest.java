package nl.dekkend.dashboard.thema;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A part of a theme page with figures for the SWV but none within the account's own areas says so in Dutch. */
class ThemaScopeTest {

    private static final String SENTENCE = "Binnen uw gebied (bestuur 41000) zijn er voor dit onderdeel geen cijfers;"
            + " uw account ziet alleen de cijfers van dat gebied en de totalen van het samenwerkingsverband.";

    @TempDir
    Path warehouseDir;

    @Test
    void aBestuurSeesASentenceWhereTheWijkenAndStadsdelenAreAndAGemeenteItsOwnFigures() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "gebieden", "scope", "thuisnabij", "matrix");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser bestuur = TestUser.as(http.getOrigin(), "bestuur");
            String thuisnabij =
                    section(bestuur.get("/thema/thuisnabijheid").body().string(), "sectie-thuisnabijheid");
            assertThat(thuisnabij)
                    .contains("Gaan kinderen met extra ondersteuning dicht bij huis naar school?", SENTENCE)
                    .doesNotContain("<table", "Weebosch", "%");
            String matrix = section(bestuur.get("/thema/dekkend_aanbod").body().string(), "sectie-matrix");
            assertThat(matrix)
                    .contains("Is er voor elke ondersteuningsbehoefte een plek?", SENTENCE)
                    .doesNotContain("<table");
            // a theme without such a part gets no sentence
            assertThat(bestuur.get("/thema/deelname").body().string()).doesNotContain("Binnen uw gebied");

            TestUser gemeente = TestUser.as(http.getOrigin(), "gemeente");
            String own = gemeente.get("/thema/thuisnabijheid").body().string();
            assertThat(section(own, "sectie-thuisnabijheid")).contains("Weebosch", "<table");
            assertThat(own).doesNotContain("Binnen uw gebied");
        });
    }

    private static String section(String html, String id) {
        int start = html.indexOf("aria-labelledby=\"" + id + "\"");
        assertThat(start).as("section %s", id).isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }
}

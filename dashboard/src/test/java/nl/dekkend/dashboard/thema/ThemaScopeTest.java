package nl.dekkend.dashboard.thema;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.dekkend.appdb.Rol;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import nl.dekkend.dashboard.toegang.Viewer;
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

    @Test
    void aGemeenteAccountWithoutAGemeenteIsToldWhy() {
        ThemaSection wide = new ThemaSection(
                "matrix",
                "Is er voor elke ondersteuningsbehoefte een plek?",
                "",
                null,
                "",
                List.of(),
                0,
                List.of(),
                List.of(),
                false);
        assertThat(ThemaPage.withOutOfScope(
                        List.of(), List.of(wide), new Viewer("g", Rol.GEMEENTE, Set.of(), Set.of())))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.titel()).isEqualTo("Is er voor elke ondersteuningsbehoefte een plek?");
                    assertThat(s.samenvatting())
                            .isEqualTo("Uw account is nog niet aan een gemeente of bestuur gekoppeld en ziet alleen de"
                                    + " totalen van het samenwerkingsverband; voor dit onderdeel zijn er daarom geen"
                                    + " cijfers.");
                    assertThat(s.rijen()).isEmpty();
                });
        assertThat(new Viewer("g", Rol.GEMEENTE, Set.of("GM0034", "GM1724", "GM0363"), Set.of()).ownAreas())
                .isEqualTo("gemeenten GM0034, GM0363 en GM1724");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("aria-labelledby=\"" + id + "\"");
        assertThat(start).as("section %s", id).isPositive();
        return html.substring(start, html.indexOf("</section>", start));
    }
}

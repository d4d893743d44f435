package nl.dekkend.dashboard.thema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemaTest {

    @Test
    void knownThemesHaveDutchTitlesAndUnknownOnesTheirIdCapitalised() {
        assertThat(Thema.of("deelname").titel()).isEqualTo("Deelname SBO en SO");
        assertThat(Thema.of("regio").titel()).isEqualTo("Dekkend aanbod");
        assertThat(Thema.of("dekkend").titel()).isEqualTo("Dekkend aanbod");
        assertThat(Thema.of("financien").titel()).isEqualTo("Financiën");
        assertThat(Thema.of("ouder_betrokkenheid").titel()).isEqualTo("Ouder betrokkenheid");
        assertThat(Thema.of("financien").link()).isEqualTo("/thema/financien");
    }

    @Test
    void navigationFollowsTheFixedOrderThenUnknownThemesAlphabetically() {
        List<String> ids = new ArrayList<>(List.of(
                "financien",
                "zorg",
                "bekostiging",
                "thuiszitters",
                "deelname",
                "basiskwaliteit",
                "toeleiding",
                "tijdelijkheid",
                "thuisnabij",
                "regio",
                "anders"));
        ids.sort(Thema.NAVIGATION_ORDER);
        assertThat(ids)
                .containsExactly(
                        "deelname",
                        "regio",
                        "thuisnabij",
                        "tijdelijkheid",
                        "thuiszitters",
                        "toeleiding",
                        "basiskwaliteit",
                        "bekostiging",
                        "financien",
                        "anders",
                        "zorg");
    }
}

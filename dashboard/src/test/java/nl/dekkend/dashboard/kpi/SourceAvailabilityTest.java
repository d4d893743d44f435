package nl.dekkend.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceAvailabilityTest {

    private static SourceStatus source(String bron, boolean aanwezig) {
        return new SourceStatus(bron, aanwezig, aanwezig ? 1 : 0, 0, 0, null, null);
    }

    private static KpiDefinition needing(String naam, String... bronnen) {
        return new KpiDefinition("x", naam, "", "%", 2, null, "t", List.of("swv"), List.of(bronnen), "m");
    }

    @Test
    void anAlternativeMeetsTheRequirement() {
        SourceAvailability sources = new SourceAvailability(List.of(source("a", false), source("b", true)));
        assertThat(sources.whyMissing(needing("X", "a|b"))).isEmpty();
    }

    @Test
    void namesTheMissingSource() {
        SourceAvailability sources = new SourceAvailability(List.of(source("duo_leerlingen_swv", false)));
        assertThat(sources.noDataMessage(needing("Deelnamepercentage SBO", "duo_leerlingen_swv")))
                .isEqualTo("Geen gegevens voor Deelnamepercentage SBO: bron duo_leerlingen_swv ontbreekt.");
    }

    @Test
    void aSourceWithoutStatusRowCountsAsMissingAndAlternativesAreNamed() {
        SourceAvailability sources = new SourceAvailability(List.of(source("c", true)));
        assertThat(sources.whyMissing(needing("X", "a|b", "c"))).contains("bron a ontbreekt en het alternatief b ook");
        assertThat(sources.blockedBy(needing("X", "a|b", "c"), "b")).isTrue();
        assertThat(sources.blockedBy(needing("X", "a|b", "c"), "c")).isFalse();
    }
}

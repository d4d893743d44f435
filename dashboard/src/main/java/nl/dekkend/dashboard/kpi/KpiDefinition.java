package nl.dekkend.dashboard.kpi;

import java.util.List;

/** One entry of the indicator catalog ({@code kpi_definitions}); labels and units come from here only. */
public record KpiDefinition(
        String indicator,
        String naam,
        String definitie,
        String eenheid,
        int decimalen,
        String richting,
        String thema,
        List<String> niveaus,
        List<String> bronnen,
        String model) {

    public KpiDefinition {
        niveaus = List.copyOf(niveaus);
        bronnen = List.copyOf(bronnen);
    }
}

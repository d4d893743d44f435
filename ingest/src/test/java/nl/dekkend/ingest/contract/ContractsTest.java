package nl.dekkend.ingest.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContractsTest {

    @Test
    void everyContractFileIsListedAndLoads() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/contracts"))) {
            files = s.map(p -> p.getFileName().toString().replace(".yml", ""))
                    .sorted()
                    .toList();
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(Contracts.BRONNEN);
        assertThat(Contracts.load().all()).hasSize(20);
    }

    @Test
    void inschrijvingenStoresOnlyMinimisedPersonalData() {
        Contract c = Contracts.load().require("inschrijvingen");
        assertThat(c.bronzeColumns())
                .extracting(BronzeColumn::naam)
                .containsExactly(
                        "leerling_id",
                        "geboortejaar",
                        "geboortemaand",
                        "postcode4",
                        "vestiging",
                        "begindatum",
                        "einddatum",
                        "reden_uitschrijving");
        assertThat(c.leerlingIdKolommen()).containsExactly("leerling_id");
    }

    @Test
    void duoLeerlingenVestigingIsUnpivoted() {
        Contract c = Contracts.load().require("duo_leerlingen_vestiging");
        assertThat(c.bronzeColumns())
                .extracting(BronzeColumn::naam)
                .containsExactly(
                        "instellingscode",
                        "vestigingscode",
                        "naam_vestiging",
                        "soort_vestiging",
                        "denominatie_vestiging",
                        "bevoegd_gezag_nummer",
                        "gemeente_code",
                        "gemeente_naam",
                        "jaar",
                        "leerlingen",
                        "is_minder_dan_5");
        assertThat(c.vervanging()).isEqualTo("volledig");
    }

    @Test
    void periodRulesFollowBronnen() {
        Contracts all = Contracts.load();
        assertThat(all.require("duo_leerlingen_swv").periodeKolom()).containsExactly("teldatum");
        assertThat(all.require("financien").periodeKolom()).containsExactly("jaar", "type");
        assertThat(all.require("scholen").perPeriode()).isFalse();
        assertThat(all.require("financien").bronzeColumns())
                .extracting(BronzeColumn::naam)
                .doesNotContain("bedragen_x");
    }
}

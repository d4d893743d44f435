package nl.dekkend.transform.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dekkend.transform.runner.Layer;
import nl.dekkend.transform.runner.ModelFile;
import nl.dekkend.transform.runner.ModelRepository;
import org.junit.jupiter.api.Test;

/** The catalog, the kpi models and their fixtures must agree: an indicator is defined exactly once. */
class KpiCatalogTest {

    private final ModelRepository models = ModelRepository.onClasspath();
    private final KpiCatalog catalog = KpiCatalog.read(models.root());

    @Test
    void everyEntryNamesAnExistingKpiModel() {
        Set<String> kpiModels =
                models.layer(Layer.KPIS).stream().map(ModelFile::name).collect(Collectors.toSet());
        for (KpiDefinition d : catalog.indicatoren()) {
            assertThat(kpiModels).as("model of %s", d.id()).contains(d.model());
        }
    }

    @Test
    void everyKpiModelHasACatalogEntryAndFixtureCases() throws Exception {
        Path fixtures = Path.of(getClass().getResource("/models/kpis").toURI());
        for (ModelFile model : models.layer(Layer.KPIS)) {
            assertThat(catalog.indicatoren())
                    .as("catalog entries of %s", model.name())
                    .anyMatch(d -> d.model().equals(model.name()));
            try (Stream<Path> cases = Files.walk(fixtures.resolve(model.name()))) {
                assertThat(cases.filter(p -> p.endsWith("expected.csv")).count())
                        .as("fixture cases of %s", model.name())
                        .isGreaterThan(0);
            }
        }
    }

    /** Every id of contracts/INDICATOREN.md, the fixed list checks and users rely on. */
    static final List<String> CONTRACT_IDS = List.of(
            "leerlingen_bao",
            "leerlingen_sbo",
            "deelname_sbo",
            "deelname_so",
            "deelname_so_cat1",
            "deelname_so_cat2",
            "deelname_so_cat3",
            "deelname_sbo_so",
            "deelname_so_woonplaats",
            "deelname_sbo_woonplaats",
            "schoolgaand_woonachtig",
            "dekkend_binnen_regio",
            "dekkend_plekken",
            "thuisnabij_eigen_wijk",
            "thuisnabij_eigen_stadsdeel",
            "thuisnabij_eigen_gemeente",
            "thuisnabij_buiten",
            "thuisnabij_afstand_mediaan",
            "arrangementen_aantal",
            "arrangementen_in_regulier",
            "tijdelijk_duur_mediaan",
            "tijdelijk_met_terugplaatsmoment",
            "tijdelijk_teruggeplaatst",
            "tijdelijk_verlengd",
            "terugstroom_regulier",
            "thuiszitters_peildatum",
            "thuiszitters_nieuw",
            "thuiszitters_binnen_3_maanden",
            "thuiszitters_duur_mediaan",
            "vrijstellingen_peildatum",
            "toeleiding_aanvragen",
            "toeleiding_besluiten",
            "toeleiding_doorlooptijd_mediaan",
            "toeleiding_binnen_termijn",
            "toeleiding_eenzijdig",
            "toeleiding_bezwaren",
            "toeleiding_bezwaren_gegrond",
            "toeleiding_leeftijd_mediaan",
            "toeleiding_prognose_afwijking",
            "zware_ondersteuning_bestuur",
            "basis_inspectie_onvoldoende",
            "basis_sop_onvoldoende",
            "bekostiging_lichte",
            "bekostiging_normatief_zwaar",
            "bekostiging_so_kosten",
            "bekostiging_sbo_afdracht",
            "bekostiging_verevening",
            "bekostiging_resterend",
            "fin_baten",
            "fin_lasten",
            "fin_resultaat",
            "fin_reserve_ultimo",
            "fin_reserve_signalering",
            "fin_begroting_realisatie");

    @Test
    void theCatalogHoldsExactlyTheIdsOfTheContract() {
        List<String> ids = catalog.indicatoren().stream().map(KpiDefinition::id).toList();
        assertThat(CONTRACT_IDS).hasSize(54).doesNotHaveDuplicates();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(CONTRACT_IDS);
    }

    @Test
    void rejectsAnUnknownUnitWithAMessageNamingTheIndicator() {
        assertThatThrownBy(() -> new KpiDefinition(
                        "x_y", "X", "d", "procent", 2, null, "t", List.of("swv"), List.of("b"), "kpi_x", false, null))
                .hasMessageContaining("x_y")
                .hasMessageContaining("procent");
    }

    /** Fix 12: a default norm names the plan it comes from; one that no plan states is left out. */
    @Test
    void everyNormNamesThePlanItComesFrom() {
        assertThat(catalog.indicatoren().stream().flatMap(d -> d.normen().stream()))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.plan()).isNotBlank());
        assertThatThrownBy(() -> new KpiNorm("2022-2026", " ", "2022-2023", "2025-2026", BigDecimal.ONE, null))
                .hasMessageContaining("2022-2026")
                .hasMessageContaining("plan");
    }

    /** The themes are the catalog's: every indicator's thema has one, in a unique place, and shows known ids. */
    @Test
    void everyThemaOfAnIndicatorIsACatalogThemeInOrder() {
        assertThat(catalog.themas().stream().map(KpiThema::id))
                .containsExactly(
                        "deelname",
                        "leerlingen",
                        "dekkend_aanbod",
                        "thuisnabijheid",
                        "tijdelijkheid",
                        "thuiszitters",
                        "toeleiding",
                        "basiskwaliteit",
                        "financien");
        assertThat(catalog.themas().stream().map(KpiThema::volgorde)).isSorted().doesNotHaveDuplicates();
        Set<String> themes = catalog.themas().stream().map(KpiThema::id).collect(Collectors.toSet());
        assertThat(catalog.indicatoren()).allSatisfy(d -> assertThat(themes).contains(d.thema()));
        assertThat(catalog.themas().get(2).titel()).isEqualTo("Dekkend aanbod");
        assertThat(catalog.niveaus().stream().map(KpiNiveau::id))
                .containsExactly("swv", "stadsdeel", "wijk", "gemeente", "bestuur", "vestiging");
    }

    @Test
    void rejectsAThemeThatNamesAnUnknownIndicator() {
        KpiDefinition d = new KpiDefinition(
                "x_y", "X", "d", "%", 2, null, "t", List.of("swv"), List.of("b"), "kpi_x", false, null);
        List<KpiNiveau> levels = List.of(new KpiNiveau("swv", "Samenwerkingsverband"));
        Onderdrukking privacy = new Onderdrukking(5, null);
        assertThatThrownBy(() -> new KpiCatalog(
                        levels,
                        List.of(new KpiThema("t", "T", 1, "Vraag?", List.of("x_y", "x_z"), List.of())),
                        List.of(d),
                        privacy))
                .hasMessageContaining("unknown indicator: x_z");
        assertThatThrownBy(() -> new KpiCatalog(
                        levels,
                        List.of(new KpiThema("u", "U", 1, "Vraag?", List.of("x_y"), List.of())),
                        List.of(d),
                        privacy))
                .hasMessageContaining("thema u shows x_y, whose thema is t");
        assertThatThrownBy(() -> new KpiCatalog(levels, List.of(), List.of(d), privacy))
                .hasMessageContaining("x_y: thema t is not in the catalog's themas");
        assertThatThrownBy(() -> new KpiCatalog(
                        List.of(new KpiNiveau("gemeente", "Gemeente")),
                        List.of(new KpiThema("t", "T", 1, "Vraag?", List.of("x_y"), List.of())),
                        List.of(d),
                        privacy))
                .hasMessageContaining("x_y: niveaus must be a subset");
    }
}

package nl.dekkend.appdb.pdca;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormStatusTest {

    private static final List<Planperiode> PLANS = List.of(
            new Planperiode("2018-2022", "2018-2019", "2021-2022"),
            new Planperiode("2022-2026", "2022-2023", "2025-2026"));

    @Test
    void sameValueIsGroenUnderOnePlanperiodeAndRoodUnderTheNext() {
        NormSet norms = new NormSet(
                PLANS,
                List.of(
                        new Norm("deelname_sbo_so", "2018-2022", Norm.LAGER_BETER, new BigDecimal("4.00"), null),
                        new Norm(
                                "deelname_sbo_so",
                                "2022-2026",
                                Norm.LAGER_BETER,
                                new BigDecimal("3.00"),
                                new BigDecimal("3.20"))));
        BigDecimal waarde = new BigDecimal("3.50");

        assertThat(norms.judge("deelname_sbo_so", "2021-2022", waarde).status()).isEqualTo("groen");
        assertThat(norms.judge("deelname_sbo_so", "2021-2022", waarde).normValue())
                .isEqualByComparingTo("4");
        assertThat(norms.judge("deelname_sbo_so", "2022-2023", waarde).status()).isEqualTo("rood");
        assertThat(norms.judge("deelname_sbo_so", "2022-2023", waarde).normValue())
                .isEqualByComparingTo("3");
    }

    @Test
    void anOverlappingPlanperiodeOfAnotherIndicatorDoesNotHideTheNorm() {
        // as in the demo catalog: the reserve's norm holds 'vanaf 2020', the plan's norms 2022-2026
        NormSet norms = new NormSet(
                List.of(new Planperiode("vanaf 2020", "2020", "2099"), PLANS.get(1)),
                List.of(
                        new Norm(
                                "fin_reserve_signalering", "vanaf 2020", Norm.LAGER_BETER, new BigDecimal("100"), null),
                        new Norm("deelname_sbo_so", "2022-2026", Norm.LAGER_BETER, new BigDecimal("3.00"), null)));

        assertThat(norms.judge("deelname_sbo_so", "2024-2025", new BigDecimal("5.07"))
                        .status())
                .isEqualTo("rood");
        assertThat(norms.judge("fin_reserve_signalering", "2024", new BigDecimal("80"))
                        .status())
                .isEqualTo("groen");
    }

    @Test
    void lagerBeterIsOranjeUpToTheGrens() {
        Norm norm = new Norm("x", "2022-2026", Norm.LAGER_BETER, new BigDecimal("3"), new BigDecimal("4"));
        assertThat(NormStatus.of(new BigDecimal("3.00"), norm)).isEqualTo("groen");
        assertThat(NormStatus.of(new BigDecimal("3.01"), norm)).isEqualTo("oranje");
        assertThat(NormStatus.of(new BigDecimal("4.00"), norm)).isEqualTo("oranje");
        assertThat(NormStatus.of(new BigDecimal("4.01"), norm)).isEqualTo("rood");
    }

    @Test
    void hogerBeterWithoutGrensIsGroenOrRood() {
        Norm norm = new Norm("dekkend_binnen_regio", "2022-2026", Norm.HOGER_BETER, new BigDecimal("99"), null);
        assertThat(NormStatus.of(new BigDecimal("99.00"), norm)).isEqualTo("groen");
        assertThat(NormStatus.of(new BigDecimal("98.99"), norm)).isEqualTo("rood");
    }

    @Test
    void binnenBandIsGroenInsideTheBandInclusive() {
        Norm norm = new Norm("x", "2022-2026", Norm.BINNEN_BAND, new BigDecimal("-5"), new BigDecimal("5"));
        assertThat(NormStatus.of(new BigDecimal("-5"), norm)).isEqualTo("groen");
        assertThat(NormStatus.of(new BigDecimal("5"), norm)).isEqualTo("groen");
        assertThat(NormStatus.of(new BigDecimal("5.01"), norm)).isEqualTo("rood");
        assertThat(NormStatus.of(new BigDecimal("-5.01"), norm)).isEqualTo("rood");
    }

    @Test
    void noValueOrNoNormGivesNoStatus() {
        Norm norm = new Norm("x", "2022-2026", Norm.LAGER_BETER, BigDecimal.ZERO, null);
        assertThat(NormStatus.of(null, norm)).isNull();
        assertThat(NormStatus.of(BigDecimal.ONE, null)).isNull();
        assertThat(new NormSet(PLANS, List.of(norm))
                        .judge("x", "2017-2018", BigDecimal.ONE)
                        .status())
                .isNull();
    }

    @Test
    void aKalenderjaarFallsInThePlanperiodeOfTheSchooljaarStartingInIt() {
        NormSet norms = new NormSet(PLANS, List.of());
        assertThat(norms.planperiode("2021").orElseThrow().code()).isEqualTo("2018-2022");
        assertThat(norms.planperiode("2022").orElseThrow().code()).isEqualTo("2022-2026");
    }
}

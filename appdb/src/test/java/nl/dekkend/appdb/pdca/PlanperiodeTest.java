package nl.dekkend.appdb.pdca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlanperiodeTest {

    private final Planperiode plan = new Planperiode("2022-2026", "2022-2023", "2025-2026");

    @Test
    void coversTheSchooljarenFromFirstToLastAndTheKalenderjarenTheyStartIn() {
        assertThat(plan.covers("2022-2023")).isTrue();
        assertThat(plan.covers("2025-2026")).isTrue();
        assertThat(plan.covers("2021-2022")).isFalse();
        assertThat(plan.covers("2026-2027")).isFalse();
        assertThat(plan.covers("2024")).isTrue();
        assertThat(plan.covers("2026")).isFalse();
    }

    @Test
    void refusesWhatIsNeitherASchooljaarNorAYear() {
        for (String bad : new String[] {"2023-2025", "2023/2024", "23-24", "２０２３", "2023-2024 H1", "", "abcd"}) {
            assertThatThrownBy(() -> Planperiode.startYear(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> Planperiode.startYear(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

package nl.dekkend.dashboard.datakwaliteit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatakwaliteitViewTest {

    /** A load's internal period key never reaches the page as such: "2025|raming" reads "2025 (raming)". */
    @Test
    void theNewestPeriodIsShownInWordsNeverAsAnInternalKey() {
        assertThat(DatakwaliteitView.periode("2025|raming")).isEqualTo("2025 (raming)");
        assertThat(DatakwaliteitView.periode("2014-10-01")).isEqualTo("1-10-2014");
        assertThat(DatakwaliteitView.periode("2024-10-01|telling")).isEqualTo("1-10-2024 (telling)");
        assertThat(DatakwaliteitView.periode("2023-2024")).isEqualTo("2023-2024");
        assertThat(DatakwaliteitView.periode(" ")).isEqualTo("–");
    }
}

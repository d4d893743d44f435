package nl.dekkend.dashboard.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    @Test
    void formatsPercentagesWithADecimalCommaAndTheUnit() {
        assertThat(DutchFormat.value(new BigDecimal("1.8300"), "%", 2)).isEqualTo("1,83 %");
        assertThat(DutchFormat.value(new BigDecimal("0.11"), "%", 2)).isEqualTo("0,11 %");
        assertThat(DutchFormat.value(new BigDecimal("99"), "%", 2)).isEqualTo("99,00 %");
    }

    @Test
    void roundsHalfUpTheWayDuoPublishes() {
        assertThat(DutchFormat.value(new BigDecimal("1.825"), "%", 2)).isEqualTo("1,83 %");
        assertThat(DutchFormat.value(new BigDecimal("3.1649"), "%", 2)).isEqualTo("3,16 %");
        assertThat(DutchFormat.value(new BigDecimal("3.35"), "km", 1)).isEqualTo("3,4 km");
        assertThat(DutchFormat.value(new BigDecimal("2.5"), "aantal", 0)).isEqualTo("3");
    }

    @Test
    void formatsEurosWithTheSignFirstAndDotsBetweenThousands() {
        assertThat(DutchFormat.value(new BigDecimal("5613518.0000"), "€", 0)).isEqualTo("€ 5.613.518");
        assertThat(DutchFormat.value(new BigDecimal("-1234"), "€", 0)).isEqualTo("€ -1.234");
    }

    @Test
    void formatsCountsWithoutAUnit() {
        assertThat(DutchFormat.value(new BigDecimal("1234"), "leerlingen", 0)).isEqualTo("1.234");
        assertThat(DutchFormat.value(new BigDecimal("17283"), "aantal", 0)).isEqualTo("17.283");
        assertThat(DutchFormat.count(17283)).isEqualTo("17.283");
        assertThat(DutchFormat.count(0)).isEqualTo("0");
    }

    @Test
    void putsOtherUnitsAfterTheNumber() {
        assertThat(DutchFormat.value(new BigDecimal("45"), "dagen", 0)).isEqualTo("45 dagen");
        assertThat(DutchFormat.value(new BigDecimal("7.5"), "jaar", 1)).isEqualTo("7,5 jaar");
        assertThat(DutchFormat.value(new BigDecimal("2.1"), "per 100", 1)).isEqualTo("2,1 per 100");
        assertThat(DutchFormat.number(new BigDecimal("1234.5"), 1)).isEqualTo("1.234,5");
    }

    @Test
    void showsADashForNoValue() {
        assertThat(DutchFormat.value(null, "%", 2)).isEqualTo("–");
        assertThat(DutchFormat.date(null)).isEqualTo("–");
    }

    @Test
    void formatsDatesDayMonthYearWithoutLeadingZeros() {
        assertThat(DutchFormat.date(LocalDate.of(2023, 10, 1))).isEqualTo("1-10-2023");
        assertThat(DutchFormat.dateTime(LocalDateTime.of(2024, 1, 5, 9, 3))).isEqualTo("5-1-2024 09:03");
    }

    @Test
    void rejectsNegativeDecimals() {
        assertThatThrownBy(() -> DutchFormat.number(BigDecimal.ONE, -1))
                .hasMessageContaining("decimalen must be 0 or more, was -1");
    }
}

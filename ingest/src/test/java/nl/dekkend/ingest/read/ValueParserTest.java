package nl.dekkend.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.dekkend.ingest.contract.ColumnType;
import org.junit.jupiter.api.Test;

class ValueParserTest {

    private static Object csv(String s, ColumnType t) throws ValueException {
        return ValueParser.parse(s, t, false);
    }

    @Test
    void readsDutchAndPlainNumbers() throws ValueException {
        assertThat(csv("1.234,56", ColumnType.DECIMAL)).isEqualTo(new BigDecimal("1234.5600"));
        assertThat(csv("1234.56", ColumnType.DECIMAL)).isEqualTo(new BigDecimal("1234.5600"));
        assertThat(csv("1234,5", ColumnType.DECIMAL)).isEqualTo(new BigDecimal("1234.5000"));
        assertThat(csv("-0,75", ColumnType.DECIMAL)).isEqualTo(new BigDecimal("-0.7500"));
        assertThat(csv("1.250.000", ColumnType.DECIMAL)).isEqualTo(new BigDecimal("1250000.0000"));
        assertThat(csv("16.967", ColumnType.INT)).isEqualTo(16967);
        assertThat(csv("316", ColumnType.INT)).isEqualTo(316);
        assertThat(csv("9000000000", ColumnType.BIGINT)).isEqualTo(9_000_000_000L);
        assertThat(ValueParser.parse("1.234", ColumnType.DECIMAL, true)).isEqualTo(new BigDecimal("1.2340"));
        assertThat(ValueParser.parse("16967", ColumnType.INT, true)).isEqualTo(16967);
    }

    @Test
    void rejectsBadNumbers() {
        assertThatThrownBy(() -> csv("12,5", ColumnType.INT)).hasMessage("is geen geheel getal");
        assertThatThrownBy(() -> csv("veel", ColumnType.INT)).hasMessageStartingWith("is geen geldig getal");
        assertThatThrownBy(() -> csv("1,2,3", ColumnType.DECIMAL)).hasMessageStartingWith("is geen geldig getal");
        assertThatThrownBy(() -> csv("3000000000", ColumnType.INT)).hasMessageContaining("te groot");
    }

    @Test
    void readsTheThreeDateFormatsStrictly() throws ValueException {
        assertThat(csv("01-10-2013", ColumnType.DATE)).isEqualTo(LocalDate.of(2013, 10, 1));
        assertThat(csv("1-10-2013", ColumnType.DATE)).isEqualTo(LocalDate.of(2013, 10, 1));
        assertThat(csv("2013-10-01", ColumnType.DATE)).isEqualTo(LocalDate.of(2013, 10, 1));
        assertThat(csv("29-02-2016", ColumnType.DATE)).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThatThrownBy(() -> csv("31-02-2015", ColumnType.DATE)).hasMessage("is geen geldige datum");
        assertThatThrownBy(() -> csv("29-02-2015", ColumnType.DATE)).hasMessage("is geen geldige datum");
        assertThatThrownBy(() -> csv("10/01/2013", ColumnType.DATE)).hasMessageStartingWith("is geen geldige datum");
        assertThatThrownBy(() -> csv("01-13-2013", ColumnType.DATE)).hasMessage("is geen geldige datum");
    }

    @Test
    void readsBooleans() throws ValueException {
        for (String yes : new String[] {"ja", "J", "1", "TRUE"}) {
            assertThat(csv(yes, ColumnType.BOOLEAN)).isEqualTo(Boolean.TRUE);
        }
        for (String no : new String[] {"nee", "n", "0", "false"}) {
            assertThat(csv(no, ColumnType.BOOLEAN)).isEqualTo(Boolean.FALSE);
        }
        assertThatThrownBy(() -> csv("misschien", ColumnType.BOOLEAN))
                .hasMessageStartingWith("is geen geldige ja/nee-waarde");
    }

    @Test
    void singleSpaceIsEmptyAndFormulaLikeTextStaysText() throws ValueException {
        assertThat(ValueParser.emptyToNull(" ")).isNull();
        assertThat(ValueParser.emptyToNull("")).isNull();
        assertThat(csv("=1+2", ColumnType.STRING)).isEqualTo("=1+2");
        assertThat(csv("@SUM(A1)", ColumnType.STRING)).isEqualTo("@SUM(A1)");
        assertThatThrownBy(() -> csv("x".repeat(100_000), ColumnType.STRING))
                .hasMessageContaining("te lang (100000 tekens");
    }
}

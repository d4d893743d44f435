package nl.dekkend.transform.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The SQL functions as DuckDB macros: the floor and KpiDuckDbTest run the kpi SQL in DuckDB with them. */
class DuckDbMacroTest {

    @Test
    void aFunctionWithTypedParametersBecomesAMacroWithTheSameBody() {
        String function = "-- a comment\ncreate or replace temporary function f(a decimal(38, 10), b bigint)\n"
                + "returns decimal(38, 10)\nreturn a * (b + 1)\n";
        assertThat(ModelRepository.asDuckDbMacro(function))
                .isEqualTo("create or replace macro f(a, b) as a * (b + 1)\n");
    }

    @Test
    void procentRoundsHalfUpAwayFromZeroInDuckDbAsInSpark() throws Exception {
        String procent = ModelRepository.onClasspath().functions().stream()
                .filter(f -> f.contains("function procent("))
                .findFirst()
                .orElseThrow();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            sql.execute(ModelRepository.asDuckDbMacro(procent));
            // 1/8 = 12,5 %; 1/3 = 33,333 → 33,33; 2/3 = 66,667 → 66,67; 1/800 = 0,125 → 0,13; -1/800 → -0,13
            try (ResultSet r = sql.executeQuery("select procent(1, 8), procent(1, 3), procent(2, 3), procent(1, 800),"
                    + " procent(-1, 800), procent(5, 0)")) {
                r.next();
                assertThat(new BigDecimal(r.getString(1))).isEqualByComparingTo("12.5");
                assertThat(new BigDecimal(r.getString(2))).isEqualByComparingTo("33.33");
                assertThat(new BigDecimal(r.getString(3))).isEqualByComparingTo("66.67");
                assertThat(new BigDecimal(r.getString(4))).isEqualByComparingTo("0.13");
                assertThat(new BigDecimal(r.getString(5))).isEqualByComparingTo("-0.13");
                assertThat(r.getObject(6)).isNull();
            }
        }
    }
}

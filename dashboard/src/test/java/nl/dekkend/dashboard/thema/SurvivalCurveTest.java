package nl.dekkend.dashboard.thema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.dekkend.dashboard.toegang.SurvivalStep;
import org.junit.jupiter.api.Test;

/** A Kaplan–Meier curve is drawn from the days on which it changes only (same step line, fewer points). */
class SurvivalCurveTest {

    @Test
    void keepsTheDaysOnWhichTheDrawnValueChangesAndTheLastDay() {
        List<SurvivalStep> steps = List.of(
                step(10, "1.0000"), // only censored: still 100 %
                step(20, "0.9000"),
                step(30, "0.9000"), // censored
                step(31, "0.90004"), // rounds to the drawn 90,00 %
                step(40, "0.7500"),
                step(50, "0.7500"),
                step(60, "0.7500")); // the last observed day: kept, the curve ends here
        assertThat(SurvivalSection.curve(steps).toString())
                .isEqualTo("[[0, 100], [20, 90.00], [40, 75.00], [60, 75.00]]");
    }

    @Test
    void aCurveOfOneDayKeepsThatDay() {
        assertThat(SurvivalSection.curve(List.of(step(5, "1.0000"))).toString()).isEqualTo("[[0, 100], [5, 100.00]]");
    }

    private static SurvivalStep step(int dag, String survival) {
        return new SurvivalStep("2014-2015", "PO3009", "", dag, 100, 100, 0, 0, new BigDecimal(survival));
    }
}

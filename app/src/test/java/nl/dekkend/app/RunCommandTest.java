package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.dekkend.ingest.read.ReadLimits;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    @Test
    void theReadLimitsComeFromTheEnvironmentElseTheDefaults() {
        assertThat(RunCommand.limits(Map.of())).isEqualTo(ReadLimits.DEFAULTS);
        ReadLimits set = RunCommand.limits(Map.of("DEKKEND_MAX_BESTAND_MB", "5", "DEKKEND_MAX_RIJEN", "1000"));
        assertThat(set.maxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(set.maxRows()).isEqualTo(1000L);
        assertThatThrownBy(() -> RunCommand.limits(Map.of("DEKKEND_MAX_RIJEN", "veel")))
                .hasMessage("DEKKEND_MAX_RIJEN moet een positief geheel getal zijn, maar is 'veel'");
    }
}

package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dekkend report} refuses what it cannot make with a Dutch message and writes nothing; the reports themselves
 * are tested on a real publication in the dashboard's {@code ReportsTest} and on the demo home by {@code EndToEndTest}.
 */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutACycleOrGemeenteItSaysWhatToGive() {
        Path out = dir.resolve("r.pdf");
        var result = AccountCommandsTest.dekkend("", "report", "--home", dir.toString(), "--out", out.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("Fout: Geef --cyclus \"2024-2025 H1\" (Kwaliteitsrapportage) of --oogo GM0034");
        assertThat(out).doesNotExist();
    }

    @Test
    void theOogoOverzichtAsksForASchooljaar() {
        var result = AccountCommandsTest.dekkend(
                "",
                "report",
                "--oogo",
                "34",
                "--home",
                dir.toString(),
                "--out",
                dir.resolve("r.pdf").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Het OOGO-overzicht vraagt een schooljaar: --periode 2024-2025.");
    }

    @Test
    void aHomeWithoutAPublicationIsNamed() {
        Path out = dir.resolve("r.pdf");
        var result = AccountCommandsTest.dekkend(
                "", "report", "--cyclus", "2024-2025 H1", "--home", dir.toString(), "--out", out.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Er is nog geen publicatie in", "draai eerst dekkend run");
        assertThat(Files.exists(out)).isFalse();
    }
}

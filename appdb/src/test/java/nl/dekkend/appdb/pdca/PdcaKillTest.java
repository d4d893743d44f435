package nl.dekkend.appdb.pdca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Dialect;
import nl.dekkend.appdb.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A forked process writing cycles is killed with SIGKILL in the middle of its writes: everything it reported as
 * committed is there, and no cycle is half-written (every closed cycle has all its frozen figures and versions, every
 * open one the figures it opened with).
 */
class PdcaKillTest {

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aKilledWriterLosesNothingCommittedAndLeavesNoHalfCycle(Dialect dialect) throws Exception {
        String url = databases.url(dialect);
        AppDatabase.open(url).close();
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process writer = new ProcessBuilder(
                        java.toString(), "-cp", System.getProperty("java.class.path"), PdcaWriter.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> committed = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int closed = 0;
            while ((line = out.readLine()) != null) {
                committed.add(line);
                if (line.startsWith("gesloten ") && ++closed == 4) {
                    // the next cycle's opening (300 figures in one transaction) is under way now
                    Thread.sleep(15);
                    break;
                }
            }
            // SIGKILL from outside: destroyForcibly would close the stream the rest of the output is in
            new ProcessBuilder("kill", "-KILL", String.valueOf(writer.pid()))
                    .start()
                    .waitFor();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // lines printed after their commit but not yet read are committed too
            while ((line = out.readLine()) != null) {
                committed.add(line);
            }
        }
        assertThat(committed).as("the writer's output").anyMatch(l -> l.startsWith("gesloten "));

        AppDatabase db = AppDatabase.open(url);
        Cycles cycles = new Cycles(db, Clock.systemUTC());
        Actions actions = new Actions(db, Clock.systemUTC());
        Analyses analyses = new Analyses(db, Clock.systemUTC());
        for (String line : committed) {
            String[] parts = line.split(" ", 2);
            switch (parts[0]) {
                case "geopend" -> assertThat(cycles.find(parts[1])).as(line).isPresent();
                case "gesloten" ->
                    assertThat(cycles.find(parts[1]).orElseThrow().status())
                            .as(line)
                            .isEqualTo(Cycle.GESLOTEN);
                case "analyse" ->
                    assertThat(analyses.current(parts[1])).as(line).containsKey("ind_0");
                case "actie" -> assertThat(actions.find(parts[1])).as(line).isPresent();
                default -> throw new AssertionError("unexpected output of the writer: " + line);
            }
        }
        for (Cycle cycle : cycles.list()) {
            List<CycleFigure> figures = cycles.figures(cycle.code());
            assertThat(figures).as(cycle.code()).hasSize(PdcaWriter.FIGURES);
            BigDecimal expected = cycle.isOpen() ? BigDecimal.ONE : new BigDecimal("2");
            assertThat(figures).as(cycle.code()).allMatch(f -> f.waarde().compareTo(expected) == 0);
            assertThat(cycles.versions(cycle.code())).as(cycle.code()).hasSize(cycle.isOpen() ? 0 : 2);
        }
        assertThat(cycles.list().stream().filter(Cycle::isOpen)).hasSizeLessThanOrEqualTo(1);
    }
}

package nl.dekkend.warehouse.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.ExportFixture;
import nl.dekkend.warehouse.WarehouseLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publish killed at any moment (SIGKILL, no shutdown hooks) leaves a complete publication serving:
 * the previous one, or the new one if the swap already happened; never a half-loaded file.
 */
class PublishKillTest {

    @TempDir
    Path dir;

    @Test
    void killingAPublishAtAnyMomentLeavesACompletePublicationServing() throws Exception {
        WarehouseLayout layout = new WarehouseLayout(dir.resolve("warehouse"));
        new Publisher(layout, Clock.systemUTC())
                .publish(ExportFixture.write(dir.resolve("run1"), ExportFixture.WORKED_EXAMPLE), "run1", line -> {});
        String[] changed = ExportFixture.WORKED_EXAMPLE.clone();
        changed[2] = changed[2].replace("1.83", "1.90");
        Path export = ExportFixture.write(dir.resolve("run2"), changed);

        List<String> served = new ArrayList<>();
        long[] delaysMillis = {500, 1000, 1500, 2000, 2500, 3000, 60_000};
        for (int attempt = 0; attempt < delaysMillis.length; attempt++) {
            Process publish = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            PublishProcess.class.getName(),
                            layout.dir().toString(),
                            export.toString(),
                            "kill" + attempt)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            boolean finished = publish.waitFor(delaysMillis[attempt], TimeUnit.MILLISECONDS);
            if (!finished) {
                publish.destroyForcibly().waitFor();
            }
            boolean midBuild =
                    java.nio.file.Files.exists(layout.publications().resolve("kill" + attempt + ".duckdb.bouw"));
            served.add(assertCompletePublication(layout.current()) + (midBuild ? " (killed mid-build)" : ""));
        }

        System.out.println("served after each kill: " + served);
        // whatever the kills left behind, the next publish completes and is served
        new Publisher(layout, Clock.systemUTC()).publish(export, "run3", line -> {});
        assertThat(assertCompletePublication(layout.current())).isEqualTo("run3 1.9000");
        assertThat(served)
                .allSatisfy(s -> assertThat(s).matches("(run1 1.8300|kill\\d 1.9000)( \\(killed mid-build\\))?"));
        assertThat(served.get(served.size() - 1))
                .as("the publish given time completes")
                .isEqualTo("kill6 1.9000");
    }

    /** Opens the served file and checks it is whole; returns "publication waarde". */
    private static String assertCompletePublication(Path current) throws Exception {
        try (Connection db = Duck.openReadOnly(current);
                Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("select count(*) from kpi_values")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(4);
            }
            try (ResultSet r = s.executeQuery("select p.publication_id, v.waarde from publication p, kpi_values v"
                    + " where v.indicator = 'deelname_sbo' and v.periode = '2013-2014'")) {
                assertThat(r.next()).isTrue();
                return r.getString(1) + " " + r.getBigDecimal(2).toPlainString();
            }
        }
    }
}

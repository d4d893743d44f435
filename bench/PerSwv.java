import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.WarehouseLayout;
import nl.dekkend.warehouse.publish.Publication;
import nl.dekkend.warehouse.publish.SwvPublisher;

/**
 * The per-SWV publication of a national run, timed: bench/per_swv.sh DEMO_PUBLICATION OUT. First PO9901's own
 * publication from the demo's (its slice), then a national publication of 77 relabelled copies of it
 * (per_swv_national.sql), then SwvPublisher for every SWV that delivered files, as a national run calls it; then
 * twice more as the next runs would: with nothing changed (every SWV keeps its publication), and with one kpi_values
 * row of one SWV changed (that SWV alone is published).
 */
public class PerSwv {

    public static void main(String[] args) throws Exception {
        Path demo = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Clock clock = Clock.systemUTC();

        SwvPublisher.Result slice = new SwvPublisher(
                        code -> new WarehouseLayout(out.resolve("slice").resolve(code)), clock)
                .publish(demo, "slice", List.of("PO9901"), System.out::println);
        Path national = out.resolve("national.duckdb");
        Files.deleteIfExists(national);
        Duck.createMigrated(national);
        long t0 = System.nanoTime();
        try (Connection db = Duck.open(national);
                Statement s = db.createStatement()) {
            s.execute("attach '" + slice.published().get(0).file() + "' as s (read_only)");
            for (String statement : Files.readString(Path.of("bench/per_swv_national.sql")).split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            s.execute("insert into publication values ('national', 'national', now()::timestamp)");
            s.execute("detach s");
            s.execute("checkpoint");
            try (ResultSet r = s.executeQuery("select (select count(*) from kpi_values), (select count(*) from"
                    + " gebied_hierarchie), (select count(distinct swv_code) from gebied_hierarchie)")) {
                r.next();
                System.out.printf(
                        "national publication: %d kpi_values, %d areas of %d SWVs, %d MB, made in %.1f s%n",
                        r.getLong(1),
                        r.getLong(2),
                        r.getLong(3),
                        Files.size(national) >> 20,
                        (System.nanoTime() - t0) / 1e9);
            }
        }

        List<String> codes = SwvPublisher.swvCodes(national);
        SwvPublisher publisher = new SwvPublisher(
                code -> new WarehouseLayout(out.resolve("swv").resolve(code).resolve("warehouse")),
                clock);
        long start = System.nanoTime();
        SwvPublisher.Result result = publisher.publish(national, "bench", codes, line -> System.out.println(line));
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = 0;
        long values = 0;
        for (Publication p : result.published()) {
            bytes += Files.size(p.file());
            values += p.rows().get("kpi_values");
        }
        System.out.printf(
                "per SWV: %d SWVs published, %d refused, in %.1f s (%.2f s per SWV); %d kpi_values rows in all,"
                        + " %d per SWV; %d MB on disk (%.1f MB per SWV)%n",
                result.published().size(),
                result.refused().size(),
                seconds,
                seconds / Math.max(1, codes.size()),
                values,
                values / Math.max(1, result.published().size()),
                bytes >> 20,
                bytes / 1048576.0 / Math.max(1, result.published().size()));

        again(publisher, national, "bench2", codes, "nothing changed");
        String changed = codes.get(codes.size() / 2);
        try (Connection db = Duck.open(national);
                Statement s = db.createStatement()) {
            int rows = s.executeUpdate("update kpi_values set teller = teller + 1 where niveau = 'wijk' and gebied ="
                    + " (select min(gebied) from gebied_hierarchie where niveau = 'wijk' and swv_code = '" + changed
                    + "') and uitsplitsing = '' and periode = (select max(periode) from kpi_values) and teller is not"
                    + " null");
            System.out.printf("changed %d kpi_values rows of one wijk of %s%n", rows, changed);
        }
        again(publisher, national, "bench3", codes, "one SWV changed");
    }

    private static void again(SwvPublisher publisher, Path national, String runId, List<String> codes, String what) {
        long start = System.nanoTime();
        SwvPublisher.Result result = publisher.publish(national, runId, codes, line -> {
            if (!line.endsWith(": ongewijzigd")) {
                System.out.println(line);
            }
        });
        System.out.printf(
                "again, %s: %d published %s, %d unchanged, %d refused, in %.1f s%n",
                what,
                result.published().size(),
                result.published().stream()
                        .map(p -> p.file().getParent().getParent().getParent().getFileName().toString())
                        .toList(),
                result.unchanged().size(),
                result.refused().size(),
                (System.nanoTime() - start) / 1e9);
    }
}

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.dekkend.ingest.IngestConfig;
import nl.dekkend.ingest.IngestJob;
import nl.dekkend.ingest.IngestReport;
import nl.dekkend.ingest.FileLoad;
import nl.dekkend.ingest.demo.DemoData;
import nl.dekkend.lake.SparkSessions;
import nl.dekkend.transform.TransformConfig;
import nl.dekkend.transform.TransformJob;
import nl.dekkend.transform.TransformReport;
import nl.dekkend.warehouse.WarehouseLayout;
import nl.dekkend.warehouse.publish.Publisher;
import org.apache.spark.sql.SparkSession;

/**
 * Times each stage of the pipeline on generated demo data: args HOME SCALE. Prints one line per stage
 * (wall seconds, rows, rows/s) and per transform model, and the JVM's peak resident memory.
 */
public class Bench {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    double scale = Double.parseDouble(args[1]);
    Path inbox = home.resolve("inbox");
    long t0 = System.nanoTime();
    new DemoData(20_250_801L, scale).writeTo(inbox);
    line("demo data", t0, -1);

    t0 = System.nanoTime();
    SparkSession spark = SparkSessions.local(home);
    line("spark session", t0, -1);

    t0 = System.nanoTime();
    IngestReport ingest =
        new IngestJob(spark, new IngestConfig(inbox, home.resolve("lake"), home.resolve("secrets"), Optional.empty()))
            .run(s -> {});
    long rows = ingest.files().stream().mapToLong(FileLoad::rijen).sum();
    line("ingest", t0, rows);

    t0 = System.nanoTime();
    TransformReport transform =
        new TransformJob(spark, new TransformConfig(home.resolve("lake"), "bench")).run(s -> {});
    line("transform", t0, -1);
    transform.timings().forEach(t -> System.out.printf("  model %-40s %8.2f s%n", t.model(), t.millis() / 1000.0));

    t0 = System.nanoTime();
    new Publisher(new WarehouseLayout(home.resolve("warehouse")), Clock.systemUTC())
        .publish(transform.exportDir(), "bench", s -> {});
    line("publish", t0, -1);

    System.out.println("peak RSS (VmHWM): " + Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("?").replaceAll("\\s+", " "));
    spark.stop();
  }

  static void line(String stage, long start, long rows) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%-14s %8.2f s%s%n", stage, seconds,
        rows < 0 ? "" : String.format("  %,d rijen, %,.0f rijen/s", rows, rows / seconds));
  }
}

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

    floor(spark, home.resolve("lake/gold"));

    System.out.println("peak RSS (VmHWM): " + Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("?").replaceAll("\\s+", " "));
    spark.stop();
  }

  /**
   * The floor: every kpi model's SQL run by Spark (collect, cache cleared) and by an in-process DuckDB on
   * the same gold tables (the parquet files of this run's Delta tables), with the ratio. A model whose
   * SQL uses functions DuckDB lacks (e.g. stack) is reported as such.
   */
  static void floor(SparkSession spark, Path gold) throws Exception {
    System.out.println("kpi model: Spark vs DuckDB on the same gold tables");
    spark.catalog().clearCache();
    var models = nl.dekkend.transform.runner.ModelRepository.onClasspath()
        .layer(nl.dekkend.transform.runner.Layer.KPIS);
    try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = db.createStatement()) {
      s.execute("create macro schooljaar(d) as case when month(d) >= 8 then concat(year(d), '-', year(d) + 1)"
          + " else concat(year(d) - 1, '-', year(d)) end");
      try (var dirs = Files.list(gold)) {
        for (Path dir : dirs.toList()) {
          s.execute("create view " + dir.getFileName() + " as select * from read_parquet('" + dir + "/*.parquet')");
        }
      }
      double sparkTotal = 0, duckTotal = 0;
      for (var model : models) {
        long t0 = System.nanoTime();
        int rows = spark.sql(model.sql()).collectAsList().size();
        double sparkSeconds = (System.nanoTime() - t0) / 1e9;
        String duck;
        try {
          t0 = System.nanoTime();
          int duckRows = 0;
          // a statement per model: DuckDB's driver closes a statement after a parse error
          try (var q = db.createStatement(); var r = q.executeQuery(model.sql())) {
            while (r.next()) duckRows++;
          }
          double duckSeconds = (System.nanoTime() - t0) / 1e9;
          sparkTotal += sparkSeconds;
          duckTotal += duckSeconds;
          duck = String.format("%7.3f s  ratio %6.1f  (%d vs %d rows)", duckSeconds, sparkSeconds / duckSeconds, rows, duckRows);
        } catch (java.sql.SQLException e) {
          duck = "not portable: " + e.getMessage().lines().findFirst().orElse("");
        }
        System.out.printf("  %-24s spark %7.3f s  duckdb %s%n", model.name(), sparkSeconds, duck.length() > 110 ? duck.substring(0, 110) : duck);
      }
      System.out.printf("  portable models: spark %.2f s, duckdb %.2f s, ratio %.1f%n", sparkTotal, duckTotal,
          duckTotal == 0 ? Double.NaN : sparkTotal / duckTotal);
    }
  }

  static void line(String stage, long start, long rows) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%-14s %8.2f s%s%n", stage, seconds,
        rows < 0 ? "" : String.format("  %,d rijen, %,.0f rijen/s", rows, rows / seconds));
  }
}

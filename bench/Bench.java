import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.dekkend.ingest.IngestConfig;
import nl.dekkend.ingest.IngestJob;
import nl.dekkend.ingest.IngestReport;
import nl.dekkend.ingest.FileLoad;
import nl.dekkend.demo.DemoData;
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
 * {@code HOME transform}: the transform alone on that home's existing lake (per model its Spark jobs, stages, tasks
 * and seconds); job counts do not depend on the load, so compare branches on copies of the same lake.
 * {@code HOME floor}: the same, then the floor (kpi SQL in Spark and DuckDB) on that lake's marts, e.g. a national one.
 */
public class Bench {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    if (args[1].equals("transform") || args[1].equals("floor")) {
      transformOnly(home, args[1].equals("floor"));
      return;
    }
    double scale = Double.parseDouble(args[1]);
    Path inbox = home.resolve("inbox");
    long t0 = System.nanoTime();
    new DemoData(20_250_801L, scale).writeTo(inbox);
    line("demo data", t0, -1);

    t0 = System.nanoTime();
    SparkSession spark = SparkSessions.local(home);
    line("spark session", t0, -1);
    Profile profile = new Profile();
    spark.sparkContext().addSparkListener(profile);

    t0 = System.nanoTime();
    spark.sparkContext().setLocalProperty("spark.job.description", "ingest");
    IngestReport ingest =
        new IngestJob(spark, new IngestConfig(inbox, home.resolve("lake"), home.resolve("secrets"), Optional.empty()))
            .run(s -> {});
    long rows = ingest.files().stream().mapToLong(FileLoad::rijen).sum();
    line("ingest", t0, rows);
    System.out.println("  " + profile.take("ingest") + ", " + FileOps.take() + ", Delta commits " + commits(home.resolve("lake/bronze")));
    spark.sparkContext().setLocalProperty("spark.job.description", null);

    t0 = System.nanoTime();
    TransformReport transform =
        new TransformJob(spark, new TransformConfig(home.resolve("lake"), "bench")).run(s -> {});
    line("transform", t0, -1);
    System.out.println("  " + FileOps.take() + " (whole transform)");
    System.out.println("  " + profile.take(null) + " (bronze views, export)");
    transform.timings().forEach(t -> System.out.printf("  model %-40s %8.2f s  %s%s%n", t.model(), t.millis() / 1000.0,
        profile.take(t.model()), t.computed() ? "" : " (ongewijzigd)"));

    t0 = System.nanoTime();
    new Publisher(new WarehouseLayout(home.resolve("warehouse")), Clock.systemUTC())
        .publish(transform.exportDir(), "bench", s -> {});
    line("publish", t0, -1);

    floor(spark, home.resolve("floor"));

    System.out.println("peak RSS (VmHWM): " + Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("?").replaceAll("\\s+", " "));
    spark.stop();
  }

  /** The transform alone on an existing lake, with the Spark profile per model; then the floor on its marts. */
  static void transformOnly(Path home, boolean floor) throws Exception {
    SparkSession spark = SparkSessions.local(home);
    Profile profile = new Profile();
    spark.sparkContext().addSparkListener(profile);
    long t0 = System.nanoTime();
    TransformReport transform = new TransformJob(spark, new TransformConfig(home.resolve("lake"), "bench-" + System.currentTimeMillis())).run(s -> {});
    line("transform", t0, -1);
    System.out.println("  " + profile.take(null) + " (bronze views, export)");
    long jobs = 0;
    for (var t : transform.timings()) {
      String p = profile.take(t.model());
      jobs += Long.parseLong(p.split(" ")[0]);
      System.out.printf("  model %-40s %8.2f s  %s%s%n", t.model(), t.millis() / 1000.0, p, t.computed() ? "" : " (ongewijzigd)");
    }
    System.out.println("model jobs total " + jobs + ", tests " + transform.tests().size() + ", failed "
        + transform.tests().stream().filter(x -> !x.geslaagd()).count());
    if (floor) {
      Path dir = Files.createTempDirectory(home, "floor");
      floor(spark, dir);
    }
    spark.stop();
  }

  /**
   * The floor: every kpi model's SQL run by Spark (collect, cache cleared) and by an in-process DuckDB on
   * the same gold tables (the parquet files of this run's Delta tables), with the ratio, and whether both
   * engines returned the same rows (decimals compared by value). The kpi SQL is written in the dialect
   * both share; KpiDuckDbTest keeps it so.
   */
  static void floor(SparkSession spark, Path gold) throws Exception {
    System.out.println("kpi model: Spark vs DuckDB on the same mart tables");
    var repository = nl.dekkend.transform.runner.ModelRepository.onClasspath();
    // the marts the kpi models read, written once as plain parquet for both engines (the run keeps them
    // in its session only)
    for (var mart : repository.layer(nl.dekkend.transform.runner.Layer.MARTS)) {
      spark.table(mart.name()).write().parquet(gold.resolve(mart.name()).toString());
    }
    spark.catalog().clearCache();
    for (var mart : repository.layer(nl.dekkend.transform.runner.Layer.MARTS)) {
      spark.read().parquet(gold.resolve(mart.name()).toString()).createOrReplaceTempView(mart.name());
    }
    var models = repository.layer(nl.dekkend.transform.runner.Layer.KPIS);
    try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = db.createStatement()) {
      for (String function : repository.functions()) {
        try (var m = db.createStatement()) { // DuckDB's driver closes a statement after a parse error
          m.execute(nl.dekkend.transform.runner.ModelRepository.asDuckDbMacro(function));
        } catch (java.sql.SQLException e) {
          System.out.println("  (function not in DuckDB's dialect, kpi models do not use it: " + e.getMessage().lines().findFirst().orElse("") + ")");
        }
      }
      try (var dirs = Files.list(gold)) {
        for (Path dir : dirs.toList()) {
          s.execute("create view " + dir.getFileName() + " as select * from read_parquet('" + dir + "/*.parquet')");
        }
      }
      double sparkTotal = 0, duckTotal = 0, worst = 0;
      String worstModel = "";
      int same = 0, portable = 0;
      for (var model : models) {
        long t0 = System.nanoTime();
        var sparkRows = new java.util.ArrayList<String>();
        for (var row : spark.sql(model.sql()).collectAsList()) {
          var cells = new java.util.ArrayList<String>();
          for (int i = 0; i < row.size(); i++) cells.add(cell(row.get(i)));
          sparkRows.add(String.join("|", cells));
        }
        double sparkSeconds = (System.nanoTime() - t0) / 1e9;
        String duck;
        try {
          t0 = System.nanoTime();
          var duckRows = new java.util.ArrayList<String>();
          // a statement per model: DuckDB's driver closes a statement after a parse error
          try (var q = db.createStatement(); var r = q.executeQuery(model.sql())) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
              var cells = new java.util.ArrayList<String>();
              for (int i = 1; i <= n; i++) cells.add(cell(r.getObject(i)));
              duckRows.add(String.join("|", cells));
            }
          }
          double duckSeconds = (System.nanoTime() - t0) / 1e9;
          sparkTotal += sparkSeconds;
          duckTotal += duckSeconds;
          portable++;
          java.util.Collections.sort(sparkRows);
          java.util.Collections.sort(duckRows);
          boolean equal = sparkRows.equals(duckRows);
          if (sparkSeconds / duckSeconds > worst) {
            worst = sparkSeconds / duckSeconds;
            worstModel = model.name();
          }
          if (equal) same++;
          duck = String.format("%7.3f s  ratio %6.1f  (%d rows, %s)", duckSeconds, sparkSeconds / duckSeconds,
              sparkRows.size(), equal ? "same rows" : "ROWS DIFFER, duckdb " + duckRows.size() + " rows");
        } catch (java.sql.SQLException e) {
          duck = "not portable: " + e.getMessage().lines().findFirst().orElse("");
        }
        System.out.printf("  %-24s spark %7.3f s  duckdb %s%n", model.name(), sparkSeconds, duck.length() > 110 ? duck.substring(0, 110) : duck);
      }
      System.out.printf("  %d of %d models portable, %d with the same rows: spark %.2f s, duckdb %.2f s, ratio %.1f%n",
          portable, models.size(), same, sparkTotal, duckTotal, duckTotal == 0 ? Double.NaN : sparkTotal / duckTotal);
      System.out.printf("floor worst ratio %.1f (%s)%n", worst, worstModel);
    }
  }

  /** A cell as text, decimals by value (1.50 and 1.5 are the same figure). */
  static String cell(Object value) {
    if (value == null) return "";
    String text = value.toString();
    try {
      return new java.math.BigDecimal(text).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException notANumber) {
      return text;
    }
  }

  /** Delta commits per table under a folder (the json files of each _delta_log). */
  static String commits(Path dir) throws java.io.IOException {
    if (!Files.isDirectory(dir)) return "0";
    var perTable = new java.util.TreeMap<String, Long>();
    try (var tables = Files.list(dir)) {
      for (Path table : tables.toList()) {
        Path log = table.resolve("_delta_log");
        if (!Files.isDirectory(log)) continue;
        try (var files = Files.list(log)) {
          perTable.put(table.getFileName().toString(), files.filter(f -> f.toString().endsWith(".json")).count());
        }
      }
    }
    return perTable.values().stream().mapToLong(Long::longValue).sum() + " in " + perTable.size() + " tables";
  }

  /** Hadoop's file system counters since the last call: listings, reads (opens, status) and writes. */
  static final class FileOps {
    static long lists, reads, writes;

    static String take() {
      long l = 0, r = 0, w = 0;
      var stats = org.apache.hadoop.fs.FileSystem.getGlobalStorageStatistics().iterator();
      while (stats.hasNext()) {
        var s = stats.next();
        Long ls = s.getLong("op_list_status");
        Long lo = s.getLong("largeReadOps");
        Long ro = s.getLong("readOps");
        Long wo = s.getLong("writeOps");
        l += (ls == null ? 0 : ls) + (lo == null ? 0 : lo);
        r += ro == null ? 0 : ro;
        w += wo == null ? 0 : wo;
      }
      String out = String.format("file listings %d, read ops %d, write ops %d", l - lists, r - reads, w - writes);
      lists = l;
      reads = r;
      writes = w;
      return out;
    }
  }

  /** Spark jobs, stages and tasks per job description (the model's name; the runner sets it). */
  static final class Profile extends org.apache.spark.scheduler.SparkListener {
    private final java.util.Map<String, long[]> byDescription = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Integer, String> stageOwner = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Integer, Long> jobStart = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Integer, String> jobOwner = new java.util.concurrent.ConcurrentHashMap<>();

    private long[] of(String description) {
      return byDescription.computeIfAbsent(description == null ? "" : description, d -> new long[4]);
    }

    @Override
    public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart job) {
      String d = job.properties() == null ? null : job.properties().getProperty("spark.job.description");
      long[] c = of(d);
      synchronized (c) {
        c[0]++;
        c[1] += job.stageIds().size();
      }
      job.stageIds().foreach(id -> stageOwner.put((Integer) id, d == null ? "" : d));
      jobStart.put(job.jobId(), job.time());
      jobOwner.put(job.jobId(), d == null ? "" : d);
    }

    @Override
    public void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd job) {
      Long start = jobStart.remove(job.jobId());
      String d = jobOwner.remove(job.jobId());
      if (start != null && d != null) {
        long[] c = of(d);
        synchronized (c) {
          c[3] += job.time() - start;
        }
      }
    }

    @Override
    public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd task) {
      long[] c = of(stageOwner.getOrDefault(task.stageId(), ""));
      synchronized (c) {
        c[2]++;
      }
    }

    /** The counts of one description since the last take. */
    String take(String description) {
      long[] c = byDescription.remove(description == null ? "" : description);
      if (c == null) return "0 jobs";
      return String.format("%d jobs, %d stages, %d tasks, %.2f s in jobs", c[0], c[1], c[2], c[3] / 1000.0);
    }
  }

  static void line(String stage, long start, long rows) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%-14s %8.2f s%s%n", stage, seconds,
        rows < 0 ? "" : String.format("  %,d rijen, %,.0f rijen/s", rows, rows / seconds));
  }
}

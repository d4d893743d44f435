import java.nio.file.Path;
import nl.dekkend.lake.SparkSessions;
import nl.dekkend.transform.TransformConfig;
import nl.dekkend.transform.TransformJob;
import nl.dekkend.transform.TransformReport;
import org.apache.spark.sql.SparkSession;

/**
 * Transform alone on an existing home's lake (args HOME): per model the Spark jobs, stages, tasks and seconds, as
 * in Bench. Counts do not depend on the load; compare branches on copies of the same lake. A lake that ran before
 * reuses its stored models (lake/models); remove that folder for a transform that computes every model.
 */
public class TransformOnly {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    SparkSession spark = SparkSessions.local(home);
    Profile profile = new Profile();
    spark.sparkContext().addSparkListener(profile);
    long t0 = System.nanoTime();
    TransformReport transform = new TransformJob(spark, new TransformConfig(home.resolve("lake"), "bench")).run(s -> {});
    System.out.printf("transform %.2f s%n", (System.nanoTime() - t0) / 1e9);
    System.out.println("  " + profile.take(null) + " (bronze views, export)");
    long jobs = 0;
    for (var t : transform.timings()) {
      String p = profile.take(t.model());
      jobs += Long.parseLong(p.split(" ")[0]);
      System.out.printf("  model %-40s %8.2f s  %s%s%n", t.model(), t.millis() / 1000.0, p, t.computed() ? "" : " (ongewijzigd)");
    }
    System.out.println("model jobs total " + jobs + ", tests " + transform.tests().size() + ", failed " + transform.tests().stream().filter(x -> !x.geslaagd()).count());
    spark.stop();
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

}

package nl.dekkend.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** The one Spark session of a test JVM: local[2], 2 shuffle partitions. */
public final class TestSpark {

  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      try {
        Path home = Files.createTempDirectory("dekkend-ingest-spark");
        session = SparkSessions.create(home, "local[2]", 2);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return session;
  }
}

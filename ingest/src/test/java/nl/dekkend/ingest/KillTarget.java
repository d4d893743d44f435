package nl.dekkend.ingest;

import java.nio.file.Path;
import java.util.Optional;
import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** A separate JVM that runs one ingest and prints its progress; {@link KillTest} kills it half-way. */
public final class KillTarget {

    private KillTarget() {}

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        Path inbox = Path.of(args[1]);
        SparkSession spark = SparkSessions.create(home, "local[1]", 1);
        IngestConfig config =
                new IngestConfig(inbox, home.resolve("lake"), home.resolve("secrets"), Optional.of(KillTest.KEY));
        new IngestJob(spark, config).run(line -> {
            System.out.println(line);
            System.out.flush();
        });
        System.out.println("KLAAR");
    }
}

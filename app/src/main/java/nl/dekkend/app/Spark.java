package nl.dekkend.app;

import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** The session for a command: local mode by default; under spark-submit the master it was given. */
final class Spark {

    private Spark() {}

    static SparkSession session(Home home, String master) {
        boolean submitted = System.getProperty("spark.master") != null;
        return SparkSessions.create(home.dir(), submitted ? null : master, 4);
    }
}

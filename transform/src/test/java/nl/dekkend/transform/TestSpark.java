package nl.dekkend.transform;

import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** The shared test session of the lake module, under the name transform's tests use. */
public final class TestSpark {

    private TestSpark() {}

    public static SparkSession session() {
        return SparkSessions.forTests();
    }
}

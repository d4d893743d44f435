package nl.dekkend.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lake module's session, tested here: in ingest's test JVM, which starts Spark and Delta anyway, instead of a
 * JVM of its own at the head of the build that every other module waits for.
 */
class SparkSessionsTest {

    @TempDir
    Path home;

    @Test
    void writesAndReadsBackADeltaTable() {
        // the test JVM's one session (create() on a temporary home): another create() here would only get it back
        SparkSession spark = SparkSessions.forTests();
        String table = home.resolve("lake/t").toString();
        spark.sql("select 316 as sbo, 16967 as bao").write().format("delta").save(table);
        spark.sql("select 1 as sbo, 2 as bao")
                .write()
                .format("delta")
                .mode("append")
                .save(table);

        List<Row> rows = spark.read().format("delta").load(table).orderBy("sbo").collectAsList();

        assertThat(rows).extracting(r -> r.getInt(0)).containsExactly(1, 316);
        assertThat(home.resolve("lake/t/_delta_log")).isDirectory();
        // Spark's own scratch files go below the home it was created for
        assertThat(spark.conf().get("spark.sql.warehouse.dir"))
                .startsWith("file:" + Path.of(System.getProperty("java.io.tmpdir"), "dekkend-spark-test"))
                .endsWith("/spark-warehouse");
        assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo("Europe/Amsterdam");
        assertThat(spark.sparkContext().master()).isEqualTo("local[2]");
    }

    @Test
    void namesTheCallSiteSoSparkWalksNoStackOnThisThreadNorOnThreadsStartedLater() throws InterruptedException {
        SparkSession spark = SparkSessions.forTests();
        assertThat(spark.sparkContext().getCallSite().shortForm()).isEqualTo("dekkend");
        String[] later = new String[2];
        Thread thread = new Thread(() -> {
            later[0] = spark.sparkContext().getCallSite().shortForm();
            later[1] = spark.sparkContext().getCallSite().longForm();
        });
        thread.start();
        thread.join();
        assertThat(later).containsExactly("dekkend", "dekkend");
    }
}

package nl.dekkend.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSessionsTest {

    @TempDir
    Path home;

    @Test
    void writesAndReadsBackADeltaTable() {
        SparkSession spark = SparkSessions.create(home, "local[2]", 2);
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
        assertThat(spark.conf().get("spark.sql.warehouse.dir"))
                .isEqualTo("file:" + home.toAbsolutePath().resolve("spark-warehouse"));
    }
}

package nl.dekkend.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SinglePartitionTest {

    /** A join, an aggregate, a window, a union and a subquery over a local and a cached view. */
    private static final String QUERY = "select x.v, sum(y.n) as s, count(*) over (partition by x.k) as c"
            + " from sp_x x left join sp_y y on x.k = y.k group by x.k, x.v"
            + " union all select 'max', max(n), 0 from sp_y where k in (select k from sp_x)";

    @Test
    void switchedOnAQueryRunsWithoutAnExchangeAndGivesTheSameRows() {
        SparkSession spark = SparkSessions.forTests();
        spark.sql("select * from values (1, 'a'), (2, 'b'), (2, 'c') as t(k, v)")
                .createOrReplaceTempView("sp_x");
        spark.sql("select * from values (1, 10), (2, 20), (3, 30) as t(k, n)").createOrReplaceTempView("sp_y");
        spark.catalog().cacheTable("sp_y");
        try {
            spark.conf().set(SinglePartition.KEY, "false");
            Dataset<Row> off = spark.sql(QUERY);
            assertThat(exchanges(off)).as(plan(off)).isPositive();
            List<String> rows = rows(off);

            spark.conf().set(SinglePartition.KEY, "true");
            Dataset<Row> on = spark.sql(QUERY);
            assertThat(exchanges(on)).as(plan(on)).isZero();
            assertThat(on.rdd().getNumPartitions()).isEqualTo(1);
            // by hand: a joins 10, b and c join 20; k = 2 has two groups; the largest n whose k is in sp_x is 20
            assertThat(rows(on)).isEqualTo(rows).containsExactly("[a,10,1]", "[b,20,2]", "[c,20,2]", "[max,20,0]");
        } finally {
            spark.conf().set(SinglePartition.KEY, "true");
            spark.catalog().uncacheTable("sp_y");
            spark.catalog().dropTempView("sp_x");
            spark.catalog().dropTempView("sp_y");
        }
    }

    private static String plan(Dataset<Row> query) {
        return query.queryExecution().executedPlan().toString();
    }

    private static long exchanges(Dataset<Row> query) {
        return plan(query).lines().filter(line -> line.contains("Exchange")).count();
    }

    private static List<String> rows(Dataset<Row> query) {
        return query.collectAsList().stream().map(Row::toString).sorted().toList();
    }
}

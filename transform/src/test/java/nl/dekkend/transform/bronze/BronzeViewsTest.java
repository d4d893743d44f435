package nl.dekkend.transform.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import nl.dekkend.transform.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Which rows count in a national lake: each SWV's newest load per period, and of DUO's national publications a
 * key delivered by several SWVs once (the newest load's row); an SWV's own registration keeps every SWV's rows.
 */
class BronzeViewsTest {

    private static final StructType BRONZE = new StructType()
            .add("swv_code", DataTypes.StringType)
            .add("teldatum", DataTypes.StringType)
            .add("categorie", DataTypes.IntegerType)
            .add("aantal", DataTypes.IntegerType)
            .add("_load_id", DataTypes.StringType)
            .add("_periode", DataTypes.StringType)
            .add("_swv", DataTypes.StringType);

    private static final StructType LOADS =
            new StructType().add("load_id", DataTypes.StringType).add("klaar_op", DataTypes.TimestampType);

    @Test
    void aKeyOfANationalPublicationDeliveredByTwoSwvsCountsOnceAnOwnRegistrationTwice() {
        SparkSession spark = TestSpark.session();
        Dataset<Row> bronze = spark.createDataFrame(
                List.of(
                        // PO9901's extract (loaded first) also holds PO9902's rows; its older load of 2023 is replaced
                        RowFactory.create("PO9901", "2023-10-01", 1, 5, "a-0", "2023-10-01", "PO9901"),
                        RowFactory.create("PO9901", "2023-10-01", 1, 6, "a-1", "2023-10-01", "PO9901"),
                        RowFactory.create("PO9902", "2023-10-01", 1, 7, "a-1", "2023-10-01", "PO9901"),
                        RowFactory.create("PO9902", "2023-10-01", 2, 8, "a-1", "2023-10-01", "PO9901"),
                        // PO9902's own extract, loaded later: its key (PO9902, 2023-10-01, 1) counts, not PO9901's
                        RowFactory.create("PO9902", "2023-10-01", 1, 9, "b-1", "2023-10-01", "PO9902"),
                        // an uncommitted load never counts
                        RowFactory.create("PO9902", "2023-10-01", 2, 99, "b-2", "2023-10-01", "PO9902")),
                BRONZE);
        Dataset<Row> loads = spark.createDataFrame(
                List.of(
                        RowFactory.create("a-0", Timestamp.valueOf("2024-01-01 09:00:00")),
                        RowFactory.create("a-1", Timestamp.valueOf("2024-03-01 09:00:00")),
                        RowFactory.create("b-1", Timestamp.valueOf("2024-03-02 09:00:00"))),
                LOADS);

        assertThat(rows(BronzeViews.current(bronze, loads, List.of("swv_code", "teldatum", "categorie"))))
                .containsExactly(
                        "PO9901 2023-10-01 1 6 a-1 PO9901",
                        "PO9902 2023-10-01 1 9 b-1 PO9902",
                        "PO9902 2023-10-01 2 8 a-1 PO9901");
        // without a national key (an SWV's own registration) both SWVs' rows count
        assertThat(rows(BronzeViews.current(bronze, loads, List.of())))
                .containsExactly(
                        "PO9901 2023-10-01 1 6 a-1 PO9901",
                        "PO9902 2023-10-01 1 7 a-1 PO9901",
                        "PO9902 2023-10-01 1 9 b-1 PO9902",
                        "PO9902 2023-10-01 2 8 a-1 PO9901");
    }

    private static List<String> rows(Dataset<Row> current) {
        return current.orderBy("swv_code", "categorie", "_load_id").collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getInt(2) + " " + r.getInt(3) + " "
                        + r.getString(4) + " " + r.getString(6))
                .toList();
    }
}

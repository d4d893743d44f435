package nl.dekkend.transform.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import nl.dekkend.transform.BronzeFixture;
import nl.dekkend.transform.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bronze_inventory} counts a source's rows once per state of its rows: a later registration on the same lake
 * takes the kept count of every source that did not change and counts only the one that did.
 */
class BronzeInventoryTest {

    @TempDir
    Path work;

    @Test
    void keepsTheCountOfUnchangedSourcesAndCountsAChangedOneAgain() throws IOException, URISyntaxException {
        SparkSession spark = TestSpark.session();
        BronzeSources sources = BronzeSources.read(
                Path.of(BronzeInventoryTest.class.getResource("/store_models").toURI()));
        Path lake = work.resolve("lake");
        Path inventory = lake.resolve("inventory");
        BronzeFixture bronze = new BronzeFixture(spark, lake, sources);
        LocalDateTime t0 = LocalDateTime.of(2024, 3, 1, 9, 0);
        bronze.load("a", "a-1", t0, null, List.of(List.of("G1", 1), List.of("G1", 2), List.of("G2", 7)));
        bronze.load("b", "b-1", t0, null, List.of(List.of("G1", 10), List.of("G2", 20)));

        assertThat(inventory(spark, lake, sources, inventory)).containsExactly("[a,3,null]", "[b,2,null]");
        assertThat(inventory.resolve("a.json")).exists();

        // a kept count is taken as it is while the source is unchanged: make a's visibly different to see it is read
        Path a = inventory.resolve("a.json");
        Files.writeString(a, Files.readString(a).replace("\"rijen\":3", "\"rijen\":99"));
        assertThat(inventory(spark, lake, sources, inventory)).containsExactly("[a,99,null]", "[b,2,null]");

        // a new load of a (it replaces the whole source) changes a's state: a is counted again, b's count is kept
        bronze.load("a", "a-2", t0.plusDays(1), null, List.of(List.of("G3", 4)));
        assertThat(inventory(spark, lake, sources, inventory)).containsExactly("[a,1,null]", "[b,2,null]");

        // an unreadable kept file (a run killed while writing it) is counted again
        Files.writeString(inventory.resolve("b.json"), "{\"digest\":");
        assertThat(inventory(spark, lake, sources, inventory)).containsExactly("[a,1,null]", "[b,2,null]");
    }

    private static List<String> inventory(SparkSession spark, Path lake, BronzeSources sources, Path inventory) {
        new BronzeViews(spark, lake.resolve("bronze"), sources, inventory).register();
        return spark.table("bronze_inventory").orderBy("bron").collectAsList().stream()
                .map(Row::toString)
                .toList();
    }
}

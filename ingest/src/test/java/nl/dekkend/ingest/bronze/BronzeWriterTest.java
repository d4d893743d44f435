package nl.dekkend.ingest.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.dekkend.ingest.contract.Contract;
import nl.dekkend.ingest.contract.Contracts;
import nl.dekkend.ingest.validate.BronzeRow;
import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BronzeWriterTest {

    @TempDir
    Path lake;

    private final SparkSession spark = SparkSessions.forTests();

    @Test
    void commitsEachSourceOnceThenTheManifestAndAddsTheColumnsANewerContractDeclares() {
        StructType old = new StructType().add("teldatum", DataTypes.DateType).add("_load_id", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create(java.sql.Date.valueOf("2012-10-01"), "L0")), old)
                .write()
                .format("delta")
                .save(lake.resolve("bronze/duo_landelijk").toString());

        Contract landelijk = Contracts.load().require("duo_landelijk");
        BronzeWriter writer = new BronzeWriter(spark, lake);
        Instant at = Instant.parse("2024-03-01T09:00:00Z");
        for (int file = 1; file <= 2; file++) {
            ManifestRow load = new ManifestRow(
                    "L" + file,
                    "duo_landelijk",
                    "duo_landelijk/" + file + ".csv",
                    "hash" + file,
                    "geladen",
                    1,
                    1,
                    0,
                    "1 rij geladen",
                    at,
                    at);
            BigDecimal pct = new BigDecimal("2.5");
            writer.addRows(
                    landelijk,
                    List.of(new BronzeRow(
                            2,
                            "201" + (2 + file) + "-10-01",
                            List.of(LocalDate.of(2012 + file, 10, 1), pct, pct, pct, pct, pct))),
                    load,
                    null);
            writer.addManifest(load);
        }
        assertThat(writer.pendingManifest()).extracting(ManifestRow::loadId).containsExactly("L1", "L2");
        writer.flushRows();
        assertThat(lake.resolve("bronze/_loads")).doesNotExist();
        writer.commit();

        assertThat(lake.resolve("bronze/duo_landelijk/_delta_log/00000000000000000001.json"))
                .exists();
        assertThat(lake.resolve("bronze/duo_landelijk/_delta_log/00000000000000000002.json"))
                .doesNotExist();
        assertThat(lake.resolve("bronze/_loads/_delta_log/00000000000000000000.json"))
                .exists();
        assertThat(lake.resolve("bronze/_loads/_delta_log/00000000000000000001.json"))
                .doesNotExist();
        assertThat(writer.pendingManifest()).isEmpty();

        var table = spark.read()
                .format("delta")
                .load(lake.resolve("bronze/duo_landelijk").toString());
        assertThat(table.schema().fieldNames()).contains("sbo_pct", "_periode", "_geladen_op");
        assertThat(table.orderBy("teldatum").collectAsList())
                .extracting(r -> r.getString(r.fieldIndex("_load_id")) + " " + r.get(r.fieldIndex("sbo_pct")))
                .containsExactly("L0 null", "L1 2.5000", "L2 2.5000");
        assertThat(Manifest.read(spark, lake)).extracting(ManifestRow::loadId).containsExactly("L1", "L2");
    }

    @Test
    void aSourceOverTheBoundIsCommittedInPartsAndStaysInvisibleUntilItsManifestRows() {
        Contract landelijk = Contracts.load().require("duo_landelijk");
        BronzeWriter writer = new BronzeWriter(spark, lake, 2);
        Instant at = Instant.parse("2024-03-01T09:00:00Z");
        BigDecimal pct = new BigDecimal("1.5");
        for (int file = 1; file <= 5; file++) {
            ManifestRow load = new ManifestRow(
                    "L" + file, "duo_landelijk", file + ".csv", "hash" + file, "geladen", 1, 1, 0, "1 rij", at, at);
            writer.addRows(
                    landelijk,
                    List.of(new BronzeRow(
                            2, "2020-10-01", List.of(LocalDate.of(2015 + file, 10, 1), pct, pct, pct, pct, pct))),
                    load,
                    null);
            writer.addManifest(load);
        }
        // rows 1-2 and 3-4 were committed when the bound was reached; no manifest row makes them visible yet
        assertThat(lake.resolve("bronze/duo_landelijk/_delta_log/00000000000000000001.json"))
                .exists();
        assertThat(lake.resolve("bronze/duo_landelijk/_delta_log/00000000000000000002.json"))
                .doesNotExist();
        assertThat(Manifest.read(spark, lake)).isEmpty();

        writer.commit();

        assertThat(lake.resolve("bronze/duo_landelijk/_delta_log/00000000000000000002.json"))
                .exists();
        assertThat(lake.resolve("bronze/duo_landelijk/_delta_log/00000000000000000003.json"))
                .doesNotExist();
        var table = spark.read()
                .format("delta")
                .load(lake.resolve("bronze/duo_landelijk").toString());
        assertThat(table.orderBy("teldatum").collectAsList())
                .extracting(r -> r.getString(r.fieldIndex("_load_id")))
                .containsExactly("L1", "L2", "L3", "L4", "L5");
        assertThat(Manifest.read(spark, lake)).hasSize(5);
    }
}

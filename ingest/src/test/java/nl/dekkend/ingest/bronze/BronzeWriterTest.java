package nl.dekkend.ingest.bronze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.dekkend.ingest.contract.Contracts;
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
    void createsTablesWithTheContractSchemaAndAddsColumnsANewerContractDeclares() {
        StructType old = new StructType().add("swv_code", DataTypes.StringType).add("_load_id", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create("PO3009", "L1")), old)
                .write()
                .format("delta")
                .save(lake.resolve("bronze/duo_leerlingen_swv").toString());

        BronzeWriter writer = new BronzeWriter(spark, lake);
        writer.ensureTable(
                "duo_leerlingen_swv", BronzeSchemas.bronze(Contracts.load().require("duo_leerlingen_swv")));
        writer.ensureTable(
                "duo_landelijk", BronzeSchemas.bronze(Contracts.load().require("duo_landelijk")));

        var swv = spark.read()
                .format("delta")
                .load(lake.resolve("bronze/duo_leerlingen_swv").toString());
        assertThat(swv.schema().fieldNames()).contains("teldatum", "bao", "_periode", "_geladen_op");
        assertThat(swv.count()).isEqualTo(1L);
        var landelijk = spark.read()
                .format("delta")
                .load(lake.resolve("bronze/duo_landelijk").toString());
        assertThat(landelijk.count()).isZero();
        assertThat(landelijk.schema().simpleString())
                .isEqualTo(
                        "struct<teldatum:date,sbo_pct:decimal(18,4),so_cat1_pct:decimal(18,4),so_cat2_pct:decimal(18,4),so_cat3_pct:decimal(18,4),"
                                + "so_totaal_pct:decimal(18,4),_load_id:string,_bestand:string,_bestand_hash:string,_rij:int,_periode:string,"
                                + "_geladen_op:timestamp>");
    }
}

package nl.dekkend.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.dekkend.transform.catalog.KpiCatalog;
import nl.dekkend.transform.runner.ModelRepository;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The tijdelijkheid and toeleiding indicators count pupils: kpi_values must flag their cells of 1 to 4
 * pupils as suppressed (onderdruk_klein in the catalog), and leave 0 and 5 visible.
 */
class TijdelijkToeleidingSuppressionTest {

    @Test
    void suppressesCellsOfOneToFourPupils() {
        SparkSession spark = TestSpark.session();
        ModelRepository models = ModelRepository.onClasspath();
        models.functions().forEach(spark::sql);
        KpiCatalog.read(models.root()).register(spark);
        spark.sql("""
            select * from values
              ('toeleiding_aanvragen', '2022-2023', 'vestiging', '12AB00', '', 3.0, null, 3.0),
              ('toeleiding_aanvragen', '2022-2023', 'swv', 'PO0001', '', 5.0, null, 5.0),
              ('toeleiding_binnen_termijn', '2022-2023', 'swv', 'PO0001', 'SO-2', 0.0, 0.0, null),
              ('tijdelijk_duur_mediaan', '2019-2020', 'swv', 'PO0001', 'SO-1', 1.0, null, 200.0),
              ('tijdelijk_verlengd', '2021-2022', 'swv', 'PO0001', '', 2.0, 40.0, 5.0)
              as t(indicator, periode, niveau, gebied, uitsplitsing, teller, noemer, waarde)
            """)
                .selectExpr(
                        "indicator",
                        "periode",
                        "niveau",
                        "gebied",
                        "cast(null as string) as gebied_naam",
                        "uitsplitsing",
                        "cast(teller as decimal(18,4)) as teller",
                        "cast(noemer as decimal(18,4)) as noemer",
                        "cast(waarde as decimal(18,4)) as waarde")
                .createOrReplaceTempView("kpi_rows");

        List<Row> rows = spark.sql(models.model("kpi_values").sql())
                .orderBy("indicator", "niveau", "uitsplitsing")
                .collectAsList();

        assertThat(rows)
                .extracting(r -> r.getAs("indicator"), r -> r.getAs("niveau"), r -> r.getAs("onderdrukt"))
                .containsExactly(
                        tuple("tijdelijk_duur_mediaan", "swv", true),
                        tuple("tijdelijk_verlengd", "swv", true),
                        tuple("toeleiding_aanvragen", "swv", false),
                        tuple("toeleiding_aanvragen", "vestiging", true),
                        tuple("toeleiding_binnen_termijn", "swv", false));
    }
}

package nl.dekkend.transform.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one list of indicators. Read from {@code kpis/kpi_catalog.yml}; registered for the serving models
 * as the views {@code kpi_catalog} (with the privacy setting per indicator) and {@code kpi_catalog_norms}.
 */
public record KpiCatalog(List<KpiDefinition> indicatoren, Onderdrukking onderdrukking) {

    public static final String FILE = "kpi_catalog.yml";

    public KpiCatalog {
        indicatoren = List.copyOf(indicatoren);
        Set<String> seen = new HashSet<>();
        for (KpiDefinition d : indicatoren) {
            if (!seen.add(d.id())) {
                throw new IllegalArgumentException("indicator " + d.id() + " appears twice in the catalog");
            }
        }
        for (List<String> ids : onderdrukking.delenVanEenGeheel().values()) {
            for (String id : ids) {
                if (!seen.contains(id)) {
                    throw new IllegalArgumentException("onderdrukking names an unknown indicator: " + id);
                }
            }
        }
    }

    private record File(
            @JsonProperty(value = "indicatoren", required = true)
            List<KpiDefinition> indicatoren,

            @JsonProperty(value = "onderdrukking", required = true)
            Onderdrukking onderdrukking) {}

    public static KpiCatalog read(Path modelsRoot) {
        Path file = modelsRoot.resolve("kpis").resolve(FILE);
        try {
            File parsed = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(file), File.class);
            return new KpiCatalog(parsed.indicatoren(), parsed.onderdrukking());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the indicator catalog " + file + ": " + e.getMessage(), e);
        }
    }

    public KpiDefinition get(String id) {
        return indicatoren.stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator '" + id + "' in the catalog"));
    }

    public void register(SparkSession spark) {
        StructType definitions = new StructType()
                .add("indicator", DataTypes.StringType, false)
                .add("naam", DataTypes.StringType, false)
                .add("definitie", DataTypes.StringType, false)
                .add("eenheid", DataTypes.StringType, false)
                .add("decimalen", DataTypes.IntegerType, false)
                .add("richting", DataTypes.StringType, true)
                .add("thema", DataTypes.StringType, false)
                .add("niveaus", DataTypes.createArrayType(DataTypes.StringType), false)
                .add("bronnen", DataTypes.createArrayType(DataTypes.StringType), false)
                .add("model", DataTypes.StringType, false)
                .add("onderdruk_klein", DataTypes.BooleanType, false)
                .add("drempel", DataTypes.IntegerType, false)
                .add("geheel", DataTypes.StringType, true);
        StructType norms = new StructType()
                .add("indicator", DataTypes.StringType, false)
                .add("planperiode", DataTypes.StringType, false)
                .add("plan", DataTypes.StringType, false)
                .add("eerste_periode", DataTypes.StringType, false)
                .add("laatste_periode", DataTypes.StringType, false)
                .add("norm", DataTypes.createDecimalType(18, 4), false)
                .add("grens", DataTypes.createDecimalType(18, 4), true);
        List<Row> definitionRows = new ArrayList<>();
        List<Row> normRows = new ArrayList<>();
        for (KpiDefinition d : indicatoren) {
            definitionRows.add(RowFactory.create(
                    d.id(),
                    d.naam(),
                    d.definitie().strip(),
                    d.eenheid(),
                    d.decimalen(),
                    d.richting(),
                    d.thema(),
                    scala(d.niveaus()),
                    scala(d.bronnen()),
                    d.model(),
                    d.onderdrukKlein(),
                    onderdrukking.drempel(),
                    onderdrukking.geheel(d.id()).orElse(null)));
            for (KpiNorm n : d.normen()) {
                normRows.add(RowFactory.create(
                        d.id(), n.planperiode(), n.plan(), n.eerstePeriode(), n.laatstePeriode(), n.norm(), n.grens()));
            }
        }
        spark.createDataFrame(definitionRows, definitions).createOrReplaceTempView("kpi_catalog");
        spark.createDataFrame(normRows, norms).createOrReplaceTempView("kpi_catalog_norms");
    }

    private static scala.collection.immutable.Seq<String> scala(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }
}

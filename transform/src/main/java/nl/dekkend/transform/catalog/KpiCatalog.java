package nl.dekkend.transform.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dekkend.transform.runner.ModelStore;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one list of indicators, levels and themes. Read from {@code kpis/kpi_catalog.yml}; registered for the
 * serving models as the views {@code kpi_catalog} (with the privacy setting per indicator),
 * {@code kpi_catalog_norms}, {@code kpi_catalog_niveaus} and {@code kpi_catalog_themas}.
 */
public record KpiCatalog(
        List<KpiNiveau> niveaus, List<KpiThema> themas, List<KpiDefinition> indicatoren, Onderdrukking onderdrukking) {

    public static final String FILE = "kpi_catalog.yml";

    public KpiCatalog {
        niveaus = List.copyOf(niveaus);
        themas = List.copyOf(themas);
        indicatoren = List.copyOf(indicatoren);
        Set<String> levels = new HashSet<>();
        for (KpiNiveau n : niveaus) {
            if (!levels.add(n.id())) {
                throw new IllegalArgumentException("niveau " + n.id() + " appears twice in the catalog");
            }
        }
        Map<String, String> themeOf = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (KpiDefinition d : indicatoren) {
            if (!seen.add(d.id())) {
                throw new IllegalArgumentException("indicator " + d.id() + " appears twice in the catalog");
            }
            if (!levels.containsAll(d.niveaus())) {
                throw new IllegalArgumentException(d.id() + ": niveaus must be a subset of the catalog's niveaus "
                        + levels + ", was " + d.niveaus());
            }
            themeOf.put(d.id(), d.thema());
        }
        Set<String> themeIds = new HashSet<>();
        Set<Integer> places = new HashSet<>();
        for (KpiThema t : themas) {
            if (!themeIds.add(t.id())) {
                throw new IllegalArgumentException("thema " + t.id() + " appears twice in the catalog");
            }
            if (!places.add(t.volgorde())) {
                throw new IllegalArgumentException("thema " + t.id() + ": volgorde " + t.volgorde() + " is taken");
            }
            for (String id : t.indicatoren()) {
                if (!themeOf.containsKey(id)) {
                    throw new IllegalArgumentException("thema " + t.id() + " names an unknown indicator: " + id);
                }
                if (!themeOf.get(id).equals(t.id())) {
                    throw new IllegalArgumentException(
                            "thema " + t.id() + " shows " + id + ", whose thema is " + themeOf.get(id));
                }
            }
        }
        for (KpiDefinition d : indicatoren) {
            if (!themeIds.contains(d.thema())) {
                throw new IllegalArgumentException(d.id() + ": thema " + d.thema() + " is not in the catalog's themas");
            }
        }
        for (String id : themeIds) {
            if (!themeOf.containsValue(id)) {
                throw new IllegalArgumentException("thema " + id + " has no indicator");
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
            @JsonProperty(value = "niveaus", required = true)
            List<KpiNiveau> niveaus,

            @JsonProperty(value = "themas", required = true) List<KpiThema> themas,

            @JsonProperty(value = "indicatoren", required = true)
            List<KpiDefinition> indicatoren,

            @JsonProperty(value = "onderdrukking", required = true)
            Onderdrukking onderdrukking) {}

    public static KpiCatalog read(Path modelsRoot) {
        Path file = modelsRoot.resolve("kpis").resolve(FILE);
        try {
            File parsed = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(file), File.class);
            return new KpiCatalog(parsed.niveaus(), parsed.themas(), parsed.indicatoren(), parsed.onderdrukking());
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

    /**
     * Registers the catalog's views; returns per view a digest of its rows (for the model store: a model reading
     * a view whose rows changed is recomputed).
     */
    public Map<String, String> register(SparkSession spark) {
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
        StructType levels = new StructType()
                .add("niveau", DataTypes.StringType, false)
                .add("naam", DataTypes.StringType, false)
                .add("volgorde", DataTypes.IntegerType, false);
        List<Row> levelRows = new ArrayList<>();
        for (KpiNiveau n : niveaus) {
            levelRows.add(RowFactory.create(n.id(), n.naam(), levelRows.size() + 1));
        }
        spark.createDataFrame(levelRows, levels).createOrReplaceTempView("kpi_catalog_niveaus");
        StructType themes = new StructType()
                .add("thema", DataTypes.StringType, false)
                .add("titel", DataTypes.StringType, false)
                .add("volgorde", DataTypes.IntegerType, false)
                .add("intro", DataTypes.StringType, false)
                .add("indicatoren", DataTypes.createArrayType(DataTypes.StringType), false)
                .add("kern", DataTypes.createArrayType(DataTypes.StringType), false);
        List<Row> themeRows = new ArrayList<>();
        for (KpiThema t : themas) {
            themeRows.add(RowFactory.create(
                    t.id(), t.titel(), t.volgorde(), t.intro(), scala(t.indicatoren()), scala(t.kern())));
        }
        spark.createDataFrame(themeRows, themes).createOrReplaceTempView("kpi_catalog_themas");
        return Map.of(
                "kpi_catalog", digest(definitions, definitionRows),
                "kpi_catalog_norms", digest(norms, normRows),
                "kpi_catalog_niveaus", digest(levels, levelRows),
                "kpi_catalog_themas", digest(themes, themeRows));
    }

    private static String digest(StructType schema, List<Row> rows) {
        List<String> parts = new ArrayList<>();
        parts.add(ModelStore.classDigest(KpiCatalog.class));
        parts.add(schema.json());
        rows.forEach(r -> parts.add(r.toString()));
        return ModelStore.digest(parts);
    }

    private static scala.collection.immutable.Seq<String> scala(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }
}

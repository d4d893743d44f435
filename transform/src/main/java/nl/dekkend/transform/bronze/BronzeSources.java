package nl.dekkend.transform.bronze;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The bronze tables transform reads, declared in {@code models/staging/_sources.yml}: per source its
 * columns and Spark SQL types. The lineage columns of ARCHITECTURE.md are added to every schema; {@code _swv} (the
 * delivering SWV of a national inbox) reads as null in a table written before it existed.
 */
public record BronzeSources(Map<String, StructType> schemas) {

    public static final StructType LINEAGE = new StructType()
            .add("_load_id", DataTypes.StringType)
            .add("_bestand", DataTypes.StringType)
            .add("_bestand_hash", DataTypes.StringType)
            .add("_rij", DataTypes.IntegerType)
            .add("_periode", DataTypes.StringType)
            .add("_geladen_op", DataTypes.TimestampType)
            .add("_swv", DataTypes.StringType);

    private record File(
            @JsonProperty(value = "sources", required = true)
            Map<String, Map<String, String>> sources) {}

    public static BronzeSources read(Path modelsRoot) {
        Path file = modelsRoot.resolve("staging").resolve("_sources.yml");
        try {
            File parsed = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(file), File.class);
            Map<String, StructType> schemas = new LinkedHashMap<>();
            parsed.sources().forEach((bron, columns) -> schemas.put(bron, schema(bron, columns)));
            return new BronzeSources(Map.copyOf(schemas));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static StructType schema(String bron, Map<String, String> columns) {
        StructType schema = new StructType();
        for (Map.Entry<String, String> column : columns.entrySet()) {
            DataType type;
            try {
                type = DataType.fromDDL(column.getValue());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "_sources.yml: " + bron + "." + column.getKey() + " has unknown type '" + column.getValue()
                                + "'",
                        e);
            }
            schema = schema.add(column.getKey(), type);
        }
        for (var field : LINEAGE.fields()) {
            schema = schema.add(field);
        }
        return schema;
    }
}

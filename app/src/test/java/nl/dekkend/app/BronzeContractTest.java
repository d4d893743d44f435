package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.dekkend.ingest.LoadStatus;
import nl.dekkend.ingest.bronze.BronzeSchemas;
import nl.dekkend.ingest.contract.Contracts;
import nl.dekkend.transform.bronze.BronzeSources;
import nl.dekkend.transform.bronze.BronzeViews;
import nl.dekkend.transform.runner.ModelRepository;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Ingest writes the bronze tables, transform reads them: every column transform declares in its
 * {@code _sources.yml} must be one that ingest's contract writes, with the same type.
 */
class BronzeContractTest {

    @Test
    void theManifestAndQuarantineHaveTheSameColumnsOnBothSides() {
        assertThat(names(BronzeViews.LOADS)).isEqualTo(names(BronzeSchemas.LOADS_SCHEMA));
        assertThat(names(BronzeViews.QUARANTINE)).isEqualTo(names(BronzeSchemas.QUARANTINE_SCHEMA));
    }

    private static java.util.List<String> names(StructType schema) {
        return java.util.Arrays.stream(schema.fields())
                .map(f -> f.name() + " " + f.dataType().simpleString())
                .toList();
    }

    /** DUO's national publications, whose key delivered by several SWVs counts once: ingest's DUO sources. */
    @Test
    void nationalPublicationsAreDuosSourcesWithTheirContractKeys() {
        Contracts contracts = Contracts.load();
        Map<String, java.util.List<String>> duo = Contracts.BRONNEN.stream()
                .filter(bron -> bron.startsWith("duo_"))
                .map(contracts::require)
                .collect(java.util.stream.Collectors.toMap(
                        nl.dekkend.ingest.contract.Contract::bron, nl.dekkend.ingest.contract.Contract::sleutel));
        assertThat(BronzeViews.NATIONAL_PUBLICATIONS).isEqualTo(duo);
    }

    @Test
    void transformCountsAndChecksTheLoadStatusesIngestDefines() throws java.io.IOException {
        assertThat(BronzeViews.COMMITTED).isEqualTo(LoadStatus.COMMITTED);
        java.nio.file.Path models = ModelRepository.onClasspath().root();
        assertThat(java.nio.file.Files.readString(models.resolve("serving/file_loads.yml")))
                .contains("accepted_values: {values: [" + String.join(", ", LoadStatus.ALL) + "]}");
    }

    @Test
    void everyColumnTransformReadsIsWrittenByIngestWithTheSameType() {
        Contracts contracts = Contracts.load();
        Map<String, StructType> read =
                BronzeSources.read(ModelRepository.onClasspath().root()).schemas();

        assertThat(read).isNotEmpty();
        for (Map.Entry<String, StructType> source : read.entrySet()) {
            StructType written = BronzeSchemas.bronze(contracts.require(source.getKey()));
            for (StructField field : source.getValue().fields()) {
                assertThat(written.getFieldIndex(field.name()).isDefined())
                        .as("%s.%s is written by ingest", source.getKey(), field.name())
                        .isTrue();
                assertThat(written.apply(field.name()).dataType())
                        .as("type of %s.%s", source.getKey(), field.name())
                        .isEqualTo(field.dataType());
            }
        }
    }
}

package nl.dekkend.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dekkend.transform.runner.Layer;
import nl.dekkend.transform.runner.ModelFile;
import nl.dekkend.transform.runner.ModelRepository;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every model's hand-computed fixture cases: {@code models/<layer>/<model>/<case>/given_<table>.csv}
 * become views named {@code <table>}, the model's select runs against them, and its rows must equal
 * {@code expected.csv} (the expected file's columns, order ignored; decimals compared by value).
 */
class KpiFixturesTest {

    /**
     * The case folders, all of them unless the system property {@code fixture} names parts of their path,
     * comma-separated ({@code -Dfixture=fct_tlv/,kpi_toeleiding/} runs two models' cases: a targeted run).
     */
    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(KpiFixturesTest.class.getResource("/models").toURI());
        List<String> only = List.of(System.getProperty("fixture", "").split(","));
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .filter(p -> p.getFileName().toString().equals("expected.csv"))
                    .map(Path::getParent)
                    .filter(p -> only.stream().anyMatch(part -> p.toString().contains(part)))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /** The case's input tables: {@code given_<table>.csv} by table name. */
    static Map<String, Path> givenTables(Path caseDir) throws IOException {
        try (Stream<Path> files = Files.list(caseDir)) {
            return files.filter(p -> p.getFileName().toString().matches("given_.*\\.csv"))
                    .collect(Collectors.toMap(
                            p -> p.getFileName()
                                    .toString()
                                    .replaceFirst("^given_", "")
                                    .replaceFirst("\\.csv$", ""),
                            p -> p,
                            (a, b) -> a,
                            TreeMap::new));
        }
    }

    /**
     * The model a case folder belongs to: the nearest ancestor folder named after a model of any layer,
     * serving models included.
     */
    static String modelOf(Path caseDir) {
        ModelRepository repository = ModelRepository.onClasspath();
        Path dir = caseDir;
        while (dir != null && !isModel(repository, dir.getFileName().toString())) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalArgumentException("fixture " + caseDir + " is not inside a folder named after a model");
        }
        return dir.getFileName().toString();
    }

    private static boolean isModel(ModelRepository repository, String name) {
        return Arrays.stream(Layer.values())
                .anyMatch(layer ->
                        Files.exists(repository.root().resolve(layer.folder()).resolve(name + ".sql")));
    }

    @BeforeAll
    static void functions() {
        ModelRepository.onClasspath().functions().forEach(TestSpark.session()::sql);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void modelProducesTheExpectedRows(Path caseDir) throws IOException {
        SparkSession spark = TestSpark.session();
        ModelRepository repository = ModelRepository.onClasspath();
        for (Map.Entry<String, Path> given : givenTables(caseDir).entrySet()) {
            FixtureCsv.read(spark, given.getValue()).createOrReplaceTempView(given.getKey());
        }
        ModelFile model = repository.model(modelOf(caseDir));
        Dataset<Row> expected = FixtureCsv.strings(spark, caseDir.resolve("expected.csv"));
        String[] columns = expected.columns();

        List<String> actualRows =
                normalised(spark.sql(model.sql()).selectExpr(columns).collectAsList());
        List<String> expectedRows = normalised(expected.collectAsList());

        assertThat(actualRows)
                .as("rows of %s for case %s", model.name(), caseDir.getFileName())
                .containsExactlyInAnyOrderElementsOf(expectedRows);
    }

    static List<String> normalised(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row row : rows) {
            String[] cells = new String[row.size()];
            for (int i = 0; i < row.size(); i++) {
                cells[i] = cell(row.get(i));
            }
            out.add(String.join(" | ", Arrays.asList(cells)));
        }
        return out;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}

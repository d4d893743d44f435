package nl.dekkend.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.dekkend.transform.runner.ModelRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kpi models are written in the SQL that Spark and DuckDB share, so the bench can run the very same
 * files in DuckDB as its floor. This runs every kpi fixture case in an in-memory DuckDB (the given CSVs
 * as tables, types sniffed by DuckDB) and expects the same rows as {@link KpiFixturesTest} does in Spark.
 */
class KpiDuckDbTest {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        return KpiFixturesTest.cases().filter(dir -> dir.toString().contains("/models/kpis/")).toList().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void duckDbGivesTheExpectedRows(Path caseDir) throws Exception {
        String sql = ModelRepository.onClasspath()
                .model(KpiFixturesTest.modelOf(caseDir))
                .sql();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = db.createStatement()) {
            for (String function : ModelRepository.onClasspath().functions()) {
                String macro = ModelRepository.asDuckDbMacro(function);
                if (sql.contains(macro.substring("create or replace macro ".length(), macro.indexOf('(') + 1))) {
                    statement.execute(macro);
                }
            }
            for (Map.Entry<String, Path> given :
                    KpiFixturesTest.givenTables(caseDir).entrySet()) {
                statement.execute("create table " + given.getKey() + " as select * from read_csv('" + given.getValue()
                        + "', header = true)");
            }
            statement.execute("create table expected as select * from read_csv('" + caseDir.resolve("expected.csv")
                    + "', header = true, all_varchar = true)");
            List<String> columns = columnsOf(statement, "expected");
            statement.execute("create view actual as " + sql);
            String select = String.join(", ", columns);

            assertThat(rows(statement, "select " + select + " from actual"))
                    .as("rows of %s in DuckDB for case %s", KpiFixturesTest.modelOf(caseDir), caseDir.getFileName())
                    .containsExactlyInAnyOrderElementsOf(rows(statement, "select " + select + " from expected"));
        }
    }

    private static List<String> columnsOf(Statement statement, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select column_name from information_schema.columns"
                + " where table_name = '" + table + "' order by ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    private static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(KpiFixturesTest.cell(rs.getObject(i)));
                }
                out.add(String.join(" | ", cells));
            }
        }
        return out;
    }
}

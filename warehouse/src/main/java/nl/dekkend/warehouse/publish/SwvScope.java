package nl.dekkend.warehouse.publish;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekkend.warehouse.Sql;

/**
 * The scope of every serving table in each SWV's publication ({@code queries/publish/swv_scope.sql}): the statements
 * that prepare it, and per table the select that gives its rows, for every SWV at once where the select has a column
 * {@code swv}, or the whole table for every SWV where it has none.
 */
public final class SwvScope {

    /** The column of a per-SWV select that names the SWV a row belongs to. */
    static final String SWV = "swv";

    private static final Pattern END_OF_STATEMENT = Pattern.compile(";\\s*(\\R|$)");
    private static final Pattern INSERT = Pattern.compile("(?s)^insert into (\\w+) by name\\s+(select\\b.*)$");

    /** One serving table's rows: {@code select} as declared. */
    public record Table(String name, String select) {}

    private final List<String> preparation;
    private final List<Table> tables;

    private SwvScope(List<String> preparation, List<Table> tables) {
        this.preparation = List.copyOf(preparation);
        this.tables = List.copyOf(tables);
    }

    public static SwvScope load() {
        List<String> preparation = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        Arrays.stream(END_OF_STATEMENT.split(Sql.load("publish/swv_scope")))
                .map(SwvScope::withoutComments)
                .filter(statement -> !statement.isEmpty())
                .forEach(statement -> {
                    Matcher insert = INSERT.matcher(statement);
                    if (insert.matches()) {
                        tables.add(new Table(insert.group(1), insert.group(2)));
                    } else if (statement.startsWith("insert")) {
                        throw new IllegalStateException(
                                "swv_scope.sql: schrijf 'insert into <tabel> by name select ...': " + statement);
                    } else {
                        preparation.add(statement);
                    }
                });
        return new SwvScope(preparation, tables);
    }

    private static String withoutComments(String statement) {
        return statement
                .lines()
                .filter(line -> !line.strip().startsWith("--"))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
                .strip();
    }

    /**
     * Makes the scope's helper tables for {@code swvCodes} on {@code db}, where the national publication is attached
     * as {@code landelijk}.
     */
    void prepare(Connection db, List<String> swvCodes) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("create or replace temp table swvs (swv varchar primary key)");
            for (String code : swvCodes) {
                s.execute("insert into swvs values ('" + code.replace("'", "''") + "')");
            }
            for (String statement : preparation) {
                s.execute(statement.replaceFirst("^create temp table", "create or replace temp table"));
            }
        }
    }

    /** The statements that prepare the helper tables, as declared. */
    public List<String> preparation() {
        return preparation;
    }

    public List<Table> tables() {
        return tables;
    }

    /** The columns of {@code table}'s select, on a prepared connection. */
    static List<String> columns(Connection db, Table table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("describe " + table.select())) {
            while (r.next()) {
                columns.add(r.getString("column_name"));
            }
        }
        return columns;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

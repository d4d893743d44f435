package nl.dekkend.warehouse.publish;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekkend.warehouse.Sql;

/**
 * The scope of every serving table in one SWV's publication ({@code queries/publish/swv_scope.sql}): the script's
 * statements, and the tables they fill.
 */
public final class SwvScope {

    private static final Pattern END_OF_STATEMENT = Pattern.compile(";\\s*(\\R|$)");
    private static final Pattern INSERT = Pattern.compile("(?m)^insert into (\\w+)");

    private final List<String> statements;

    private SwvScope(List<String> statements) {
        this.statements = List.copyOf(statements);
    }

    public static SwvScope load() {
        return new SwvScope(Arrays.stream(END_OF_STATEMENT.split(Sql.load("publish/swv_scope")))
                .filter(statement ->
                        !statement.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("--")))
                .toList());
    }

    public List<String> statements() {
        return statements;
    }

    /** The table each {@code insert into} fills, once per statement (a table filled twice appears twice). */
    public List<String> tables() {
        return statements.stream()
                .map(INSERT::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }
}

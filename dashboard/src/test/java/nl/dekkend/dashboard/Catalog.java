package nl.dekkend.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Transform's real indicator catalog ({@code transform/src/main/resources/models/kpis/kpi_catalog.yml} in this
 * repository), read the way transform publishes its {@code themas:} and {@code niveaus:} as {@code kpi_themas} and
 * {@code kpi_niveaus}: so the dashboard's tests see the catalog's themes, not a copy.
 */
public final class Catalog {

    public static final Path FILE =
            Path.of("..", "transform", "src", "main", "resources", "models", "kpis", "kpi_catalog.yml");

    private static JsonNode root;

    private Catalog() {}

    /** A theme as the catalog names it. */
    public record Theme(
            String id, String titel, String intro, int volgorde, List<String> indicatoren, List<String> kern) {}

    public static synchronized JsonNode root() {
        if (root == null) {
            try {
                root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the catalog " + FILE.toAbsolutePath(), e);
            }
        }
        return root;
    }

    /** The catalog's themes in its order (volgorde). */
    public static List<Theme> themes() {
        List<Theme> themes = new ArrayList<>();
        for (JsonNode t : root().get("themas")) {
            themes.add(new Theme(
                    t.get("id").asText(),
                    t.get("titel").asText(),
                    t.get("intro").asText().strip(),
                    t.get("volgorde").asInt(),
                    texts(t.get("indicatoren")),
                    texts(t.get("kern"))));
        }
        themes.sort(java.util.Comparator.comparingInt(Theme::volgorde));
        return themes;
    }

    /** The ids of the catalog's indicators with their thema. */
    public static java.util.Map<String, String> indicatorThemes() {
        java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
        for (JsonNode d : root().get("indicatoren")) {
            result.put(d.get("id").asText(), d.get("thema").asText());
        }
        return result;
    }

    static void insertThemesAndLevels(Connection connection) throws SQLException {
        if (isEmpty(connection, "kpi_themas")) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into kpi_themas values (?, ?, ?, ?, string_split(?, ','), string_split(?, ','))")) {
                for (Theme t : themes()) {
                    insert.setString(1, t.id());
                    insert.setString(2, t.titel());
                    insert.setString(3, t.intro());
                    insert.setInt(4, t.volgorde());
                    insert.setString(5, String.join(",", t.indicatoren()));
                    insert.setString(6, String.join(",", t.kern()));
                    insert.executeUpdate();
                }
            }
        }
        if (isEmpty(connection, "kpi_niveaus")) {
            try (PreparedStatement insert = connection.prepareStatement("insert into kpi_niveaus values (?, ?, ?)")) {
                int volgorde = 0;
                for (JsonNode n : root().get("niveaus")) {
                    insert.setString(1, n.get("id").asText());
                    insert.setString(2, n.get("naam").asText());
                    insert.setInt(3, ++volgorde);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static boolean isEmpty(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1) == 0;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}

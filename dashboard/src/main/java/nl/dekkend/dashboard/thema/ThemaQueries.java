package nl.dekkend.dashboard.thema;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dekkend.dashboard.serving.ServingReader;

/** Read-only queries of the theme pages and the navigation: the catalog's themes as published. */
public final class ThemaQueries {

    private final ServingReader reader;

    public ThemaQueries(ServingReader reader) {
        this.reader = reader;
    }

    /** Every theme of the catalog, in the catalog's order. */
    public List<Thema> all() {
        return reader.listOnce(
                "thema/themes",
                row -> new Thema(
                        row.getString("thema"),
                        row.getString("titel"),
                        row.getString("intro"),
                        row.getInt("volgorde"),
                        strings(row.getArray("indicatoren")),
                        strings(row.getArray("kern"))));
    }

    public Optional<Thema> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> result = new ArrayList<>();
        if (array != null) {
            for (Object element : (Object[]) array.getArray()) {
                result.add(String.valueOf(element));
            }
        }
        return result;
    }
}

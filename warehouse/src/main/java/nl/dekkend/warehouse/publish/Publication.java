package nl.dekkend.warehouse.publish;

import java.nio.file.Path;
import java.util.Map;

/** A publication that is now being served: its file and the rows loaded per table. */
public record Publication(String id, Path file, Map<String, Long> rows) {

    public Publication {
        rows = Map.copyOf(rows);
    }
}

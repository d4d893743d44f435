package nl.dekkend.warehouse.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.Sql;
import nl.dekkend.warehouse.WarehouseLayout;

/**
 * The data behind {@code dekkend loads}: the published {@code file_loads} table (the latest load of every
 * file, by transform's one rule) as {@code ;}-separated CSV
 * {@code bron;bestand;status;rijen;geladen;quarantaine;melding}. Reads the DuckDB publication; no Spark.
 */
public final class LoadsCsv {

    public static final String HEADER = "bron;bestand;status;rijen;geladen;quarantaine;melding";

    private final WarehouseLayout layout;

    public LoadsCsv(WarehouseLayout layout) {
        this.layout = layout;
    }

    /** Writes the rows; returns how many. */
    public int write(Appendable out) {
        if (!Files.exists(layout.current())) {
            throw new IllegalStateException("Er is nog niets gepubliceerd in " + layout.dir()
                    + ". Draai eerst: dekkend run --inbox MAP --home MAP");
        }
        int count = 0;
        try (Connection db = Duck.openReadOnly(layout.current());
                Statement query = db.createStatement();
                ResultSet r = query.executeQuery(Sql.load("read/file_loads"))) {
            out.append(HEADER).append('\n');
            while (r.next()) {
                out.append(field(r.getString("bron")))
                        .append(';')
                        .append(field(r.getString("bestand")))
                        .append(';')
                        .append(field(r.getString("status")))
                        .append(';')
                        .append(Long.toString(r.getLong("rijen")))
                        .append(';')
                        .append(Long.toString(r.getLong("geladen")))
                        .append(';')
                        .append(Long.toString(r.getLong("quarantaine")))
                        .append(';')
                        .append(field(r.getString("melding")))
                        .append('\n');
                count++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("de publicatie kan niet gelezen worden: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the loads overview", e);
        }
        return count;
    }

    /** Quoted only when needed: a {@code ;}, quote or line break. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(';') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}

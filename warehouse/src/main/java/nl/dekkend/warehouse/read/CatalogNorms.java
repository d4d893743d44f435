package nl.dekkend.warehouse.read;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.Sql;
import nl.dekkend.warehouse.WarehouseLayout;

/** The catalog's norms of the current publication: the defaults the app database takes on first start. */
public final class CatalogNorms {

    private CatalogNorms() {}

    /** Empty when nothing is published yet. */
    public static List<CatalogNorm> read(WarehouseLayout layout) {
        if (!Files.exists(layout.current())) {
            return List.of();
        }
        try (Connection db = Duck.openReadOnly(layout.current());
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery(Sql.load("read/catalog_norms"))) {
            List<CatalogNorm> norms = new ArrayList<>();
            while (r.next()) {
                norms.add(new CatalogNorm(
                        r.getString("indicator"),
                        r.getString("planperiode"),
                        r.getString("eerste_periode"),
                        r.getString("laatste_periode"),
                        r.getString("richting"),
                        r.getBigDecimal("norm"),
                        r.getBigDecimal("grens")));
            }
            return norms;
        } catch (SQLException e) {
            throw new IllegalStateException("de publicatie kan niet gelezen worden: " + e.getMessage(), e);
        }
    }

    /** One norm of {@code kpi_norms} with the direction of {@code kpi_definitions}. */
    public record CatalogNorm(
            String indicator,
            String planperiode,
            String eerstePeriode,
            String laatstePeriode,
            String richting,
            BigDecimal norm,
            BigDecimal grens) {}
}

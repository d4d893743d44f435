package nl.dekkend.transform.runner;

import java.util.Objects;

/** One model: its name (the table name), its layer, its single select and its spec. */
public record ModelFile(String name, Layer layer, String sql, ModelSpec spec) {

    public ModelFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(spec, "spec of " + name);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("model name must be snake_case, was '" + name + "'");
        }
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("model " + name + " has no SQL");
        }
    }

    /** True for the indicator models whose rows are unioned into {@code kpi_rows}. */
    public boolean isKpi() {
        return layer == Layer.KPIS && name.startsWith("kpi_");
    }
}

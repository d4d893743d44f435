package nl.dekkend.appdb.pdca;

/** The version of one Delta table a publication was built from ({@code gold/kpi_values} → 12). */
public record TableVersion(String tabel, long versie) {}

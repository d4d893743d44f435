package nl.dekkend.ingest.contract;

/** A typed data column of a bronze table (the lineage columns are added by the writer). */
public record BronzeColumn(String naam, ColumnType type) {}

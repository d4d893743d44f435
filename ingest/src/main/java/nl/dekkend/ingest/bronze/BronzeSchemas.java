package nl.dekkend.ingest.bronze;

import java.util.ArrayList;
import java.util.List;
import nl.dekkend.ingest.contract.BronzeColumn;
import nl.dekkend.ingest.contract.ColumnType;
import nl.dekkend.ingest.contract.Contract;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark schemas of the bronze tables, exactly as ARCHITECTURE.md lists them. */
public final class BronzeSchemas {

    public static final String LOADS = "_loads";
    public static final String QUARANTINE = "_quarantine";
    /**
     * The lineage columns every bronze row carries after its data columns. {@code _swv} is the SWV that delivered the
     * file (its folder in a national inbox {@code <SWV-code>/<bron>/}); null for a file of a flat inbox and for rows
     * written before the column existed (the append adds it to an older table by Delta's schema merge).
     */
    public static final List<String> LINEAGE =
            List.of("_load_id", "_bestand", "_bestand_hash", "_rij", "_periode", "_geladen_op", "_swv");

    public static final StructType LOADS_SCHEMA = new StructType(new StructField[] {
        field("load_id", DataTypes.StringType, false),
        field("bron", DataTypes.StringType, false),
        field("bestand", DataTypes.StringType, false),
        field("bestand_hash", DataTypes.StringType, false),
        field("status", DataTypes.StringType, false),
        field("rijen", DataTypes.LongType, false),
        field("geladen", DataTypes.LongType, false),
        field("quarantaine", DataTypes.LongType, false),
        field("melding", DataTypes.StringType, true),
        field("begonnen_op", DataTypes.TimestampType, false),
        field("klaar_op", DataTypes.TimestampType, false)
    });

    public static final StructType QUARANTINE_SCHEMA = new StructType(new StructField[] {
        field("load_id", DataTypes.StringType, false),
        field("bron", DataTypes.StringType, false),
        field("bestand", DataTypes.StringType, false),
        field("rij", DataTypes.IntegerType, false),
        field("kolom", DataTypes.StringType, false),
        field("waarde", DataTypes.StringType, true),
        field("reden", DataTypes.StringType, false),
        field("geladen_op", DataTypes.TimestampType, false)
    });

    private BronzeSchemas() {}

    public static StructType bronze(Contract contract) {
        List<StructField> fields = new ArrayList<>();
        for (BronzeColumn c : contract.bronzeColumns()) {
            fields.add(field(c.naam(), sparkType(c.type()), true));
        }
        fields.add(field("_load_id", DataTypes.StringType, false));
        fields.add(field("_bestand", DataTypes.StringType, false));
        fields.add(field("_bestand_hash", DataTypes.StringType, false));
        fields.add(field("_rij", DataTypes.IntegerType, false));
        fields.add(field("_periode", DataTypes.StringType, false));
        fields.add(field("_geladen_op", DataTypes.TimestampType, false));
        fields.add(field("_swv", DataTypes.StringType, true));
        return new StructType(fields.toArray(new StructField[0]));
    }

    public static DataType sparkType(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case BIGINT -> DataTypes.LongType;
            case DECIMAL -> DataTypes.createDecimalType(18, 4);
            case DATE -> DataTypes.DateType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}

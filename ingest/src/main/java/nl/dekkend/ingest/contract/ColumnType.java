package nl.dekkend.ingest.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** The value types a contract column can have; each maps to one Spark type in bronze. */
public enum ColumnType {
    STRING,
    INT,
    BIGINT,
    DECIMAL,
    DATE,
    BOOLEAN;

    @JsonCreator
    public static ColumnType of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown column type '" + name + "', expected one of string, int, bigint, decimal, date, boolean",
                    e);
        }
    }

    /** The Dutch word used in messages and in the user documentation. */
    public String dutch() {
        return switch (this) {
            case STRING -> "tekst";
            case INT, BIGINT -> "geheel getal";
            case DECIMAL -> "getal";
            case DATE -> "datum";
            case BOOLEAN -> "ja/nee";
        };
    }
}

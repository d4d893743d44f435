package nl.dekkend.appdb;

import java.sql.Types;

/** A column and how its values travel through a backup. */
record Column(String name, int jdbcType, String typeName) {

    enum Kind {
        INTEGER,
        DECIMAL,
        BOOLEAN,
        TIMESTAMP,
        DATE,
        TEXT
    }

    Kind kind() {
        return switch (jdbcType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.DOUBLE, Types.FLOAT -> Kind.DECIMAL;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            default -> Kind.TEXT;
        };
    }
}

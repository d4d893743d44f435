package nl.dekkend.appdb.pdca;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a decimal(18,4) the same way from SQLite (which may keep 3.0 as integer 3) and PostgreSQL (3.0000). */
final class Decimals {

    private Decimals() {}

    static BigDecimal get(ResultSet r, String column) throws SQLException {
        String text = r.getString(column);
        if (text == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}

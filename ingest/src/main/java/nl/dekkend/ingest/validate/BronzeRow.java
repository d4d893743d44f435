package nl.dekkend.ingest.validate;

import java.util.Collections;
import java.util.List;

/**
 * One accepted bronze row: typed values in the order of {@code Contract.bronzeColumns()}.
 *
 * @param rij the file row it came from
 * @param periode its {@code _periode} ({@code ""} for sources replaced as a whole)
 * @param values typed values: String, Integer, Long, BigDecimal (scale 4), LocalDate, Boolean or null
 */
public record BronzeRow(int rij, String periode, List<Object> values) {

    public BronzeRow {
        values = Collections.unmodifiableList(values);
    }
}

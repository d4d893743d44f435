package nl.dekkend.ingest.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One column of a source contract.
 *
 * @param naam canonical snake_case name, also the bronze column name
 * @param type the value type
 * @param verplicht whether the column must be present in the header and every row must have a value
 * @param codes allowed values (matched case-insensitively, stored in the spelling given here); empty: any
 * @param minimum for numbers: the smallest value allowed (a count is never negative); null for none
 * @param aliassen other header names accepted for this column
 * @param formaat a normalisation: {@code gemeente_code}, {@code vestiging}, {@code brin}, {@code swv_code},
 *     {@code postcode}, {@code hoofdletters}; null for none
 * @param minimaliseren privacy minimisation: {@code geboortejaar_maand} or {@code postcode4}; null for none
 * @param schaalKolom for amounts: the name of another column whose value multiplies this one
 * @param opslaan false for a column that is read but not stored in bronze (e.g. a scale factor)
 * @param beschrijving Dutch description for the user documentation
 */
public record ColumnSpec(
        String naam,
        ColumnType type,
        boolean verplicht,
        List<String> codes,
        BigDecimal minimum,
        List<String> aliassen,
        String formaat,
        String minimaliseren,
        String schaalKolom,
        Boolean opslaan,
        String beschrijving) {

    public ColumnSpec {
        Objects.requireNonNull(naam, "naam");
        type = type == null ? ColumnType.STRING : type;
        codes = codes == null ? List.of() : List.copyOf(codes);
        aliassen = aliassen == null ? List.of() : List.copyOf(aliassen);
        opslaan = opslaan == null ? Boolean.TRUE : opslaan;
        beschrijving = beschrijving == null ? "" : beschrijving;
    }

    public boolean stored() {
        return opslaan;
    }
}

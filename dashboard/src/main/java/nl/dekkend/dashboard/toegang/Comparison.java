package nl.dekkend.dashboard.toegang;

import java.math.BigDecimal;

/**
 * One SWV of DUO's national per-SWV file among all of them ({@code swv_vergelijking}), as an account gets it: its
 * figure, size and size class (1 = the smallest fifth), its place ascending by waarde among all and within its size
 * class, the medians, and landelijk computed from all SWVs beside DUO's figure. For a hidden cell ({@code onderdrukt})
 * the SWV's own figures, size and places are null; when cells are hidden, places and medians are those among the
 * SWVs shown; a hidden landelijk figure is null.
 */
public record Comparison(
        String periode,
        String indicator,
        String swvCode,
        BigDecimal teller,
        BigDecimal noemer,
        BigDecimal waarde,
        Integer grootte,
        Integer grootteklasse,
        Integer rang,
        Integer aantal,
        Integer rangGrootteklasse,
        Integer aantalGrootteklasse,
        BigDecimal mediaan,
        BigDecimal mediaanGrootteklasse,
        BigDecimal landelijkTeller,
        BigDecimal landelijkNoemer,
        BigDecimal landelijkWaarde,
        BigDecimal landelijkDuo,
        boolean onderdrukt) {

    static Comparison of(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Comparison(
                row.getString("periode"),
                row.getString("indicator"),
                row.getString("swv_code"),
                row.getBigDecimal("teller"),
                row.getBigDecimal("noemer"),
                row.getBigDecimal("waarde"),
                (Integer) row.getObject("grootte"),
                (Integer) row.getObject("grootteklasse"),
                (Integer) row.getObject("rang"),
                (Integer) row.getObject("aantal"),
                (Integer) row.getObject("rang_grootteklasse"),
                (Integer) row.getObject("aantal_grootteklasse"),
                row.getBigDecimal("mediaan"),
                row.getBigDecimal("mediaan_grootteklasse"),
                row.getBigDecimal("landelijk_teller"),
                row.getBigDecimal("landelijk_noemer"),
                row.getBigDecimal("landelijk_waarde"),
                row.getBigDecimal("landelijk_duo"),
                false);
    }
}

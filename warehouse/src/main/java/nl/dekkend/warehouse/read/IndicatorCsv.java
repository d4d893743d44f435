package nl.dekkend.warehouse.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.dekkend.warehouse.Duck;
import nl.dekkend.warehouse.Sql;
import nl.dekkend.warehouse.WarehouseLayout;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prints one indicator from the current publication as the CSV of contracts/INDICATOREN.md:
 * {@code indicator;periode;niveau;gebied;teller;noemer;waarde;eenheid;norm;status;onderdrukt}. Machine
 * output: decimal point, waarde and norm with the catalog's decimals. Norm and status come from the caller's
 * {@link NormJudge} (the norms in force, per planperiode). Suppressed cells print empty teller, noemer, waarde, norm
 * and status, as for every role that sees aggregates.
 */
public final class IndicatorCsv {

    public static final List<String> HEADER = List.of(
            "indicator",
            "periode",
            "niveau",
            "gebied",
            "teller",
            "noemer",
            "waarde",
            "eenheid",
            "norm",
            "status",
            "onderdrukt");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator('\n')
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    private final WarehouseLayout layout;

    public IndicatorCsv(WarehouseLayout layout) {
        this.layout = layout;
    }

    /**
     * Writes the rows; returns how many. Unknown id, a level the catalog does not publish ({@code kpi_niveaus}) or
     * nothing published: a Dutch message.
     */
    public int write(String indicator, String periode, String niveau, NormJudge judge, Appendable out) {
        if (!Files.exists(layout.current())) {
            throw new IllegalStateException("Er is nog niets gepubliceerd in " + layout.dir()
                    + ". Draai eerst: dekkend run --inbox MAP --home MAP");
        }
        try (Connection db = Duck.openReadOnly(layout.current())) {
            if (niveau != null) {
                List<String> levels = column(db, "read/indicator_niveaus");
                if (!levels.contains(niveau)) {
                    throw new IllegalArgumentException(
                            "onbekend niveau '" + niveau + "'; kies uit " + String.join(", ", levels));
                }
            }
            List<String> known = column(db, "read/indicator_ids");
            if (!known.contains(indicator)) {
                throw new IllegalArgumentException(
                        "Onbekende indicator '" + indicator + "'. Bekende indicatoren: " + String.join(", ", known));
            }
            int count = 0;
            try (PreparedStatement query = db.prepareStatement(Sql.load("read/indicator_rows"));
                    CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
                query.setString(1, indicator);
                query.setString(2, periode);
                query.setString(3, periode);
                query.setString(4, niveau);
                query.setString(5, niveau);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        csv.printRecord(record(r, judge));
                        count++;
                    }
                }
                csv.flush();
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("de publicatie kan niet gelezen worden: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> record(ResultSet r, NormJudge judge) throws SQLException {
        boolean suppressed = r.getBoolean("onderdrukt");
        int decimals = r.getInt("decimalen");
        NormJudge.Judgement judgement = suppressed
                ? new NormJudge.Judgement(null, null)
                : judge.judge(r.getString("indicator"), r.getString("periode"), r.getBigDecimal("waarde"));
        List<String> cells = new ArrayList<>();
        cells.add(r.getString("indicator"));
        cells.add(r.getString("periode"));
        cells.add(r.getString("niveau"));
        cells.add(r.getString("gebied"));
        cells.add(suppressed ? "" : plain(r.getBigDecimal("teller")));
        cells.add(suppressed ? "" : plain(r.getBigDecimal("noemer")));
        cells.add(suppressed ? "" : scaled(r.getBigDecimal("waarde"), decimals));
        cells.add(r.getString("eenheid"));
        cells.add(scaled(judgement.norm(), decimals));
        cells.add(judgement.status() == null ? "" : judgement.status());
        cells.add(suppressed ? "ja" : "nee");
        return cells;
    }

    private static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String scaled(BigDecimal value, int decimals) {
        return value == null
                ? ""
                : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** The first column of a query's rows. */
    private static List<String> column(Connection db, String query) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(Sql.load(query))) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }
}

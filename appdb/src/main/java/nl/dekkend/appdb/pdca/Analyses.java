package nl.dekkend.appdb.pdca;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.AppDatabase;

/** The analyses per cycle and indicator; saving adds a version, nothing is overwritten. */
public final class Analyses {

    static final int MAX_LENGTH = 20000;

    private final AppDatabase db;
    private final Clock clock;

    public Analyses(AppDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Saves a new version of the analysis; only in an open cycle. */
    public Analysis save(String cyclus, String indicator, String tekst, String door) {
        String text = tekst == null ? "" : tekst.strip();
        if (text.isEmpty()) {
            throw Invalid.of("tekst", "Schrijf de analyse: wat zien we, waardoor komt het, wat betekent het?");
        }
        if (text.length() > MAX_LENGTH) {
            throw Invalid.of("tekst", "De analyse is te lang (ten hoogste " + MAX_LENGTH + " tekens).");
        }
        return db.inTransaction(c -> {
            OpenCycle.require(c, cyclus);
            int versie = 1;
            try (PreparedStatement s = c.prepareStatement(
                    "select coalesce(max(versie), 0) from cyclus_analyse where cyclus = ? and indicator = ?")) {
                s.setString(1, cyclus);
                s.setString(2, indicator);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    versie = r.getInt(1) + 1;
                }
            }
            Instant now = Times.now(clock);
            try (PreparedStatement s =
                    c.prepareStatement("insert into cyclus_analyse (cyclus, indicator, versie, tekst,"
                            + " geschreven_door, geschreven_op) values (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, cyclus);
                s.setString(2, indicator);
                s.setInt(3, versie);
                s.setString(4, text);
                s.setString(5, door);
                db.dialect().setInstant(s, 6, now);
                s.executeUpdate();
            }
            return new Analysis(cyclus, indicator, versie, text, door, now);
        });
    }

    /** The newest analysis per indicator of one cycle. */
    public Map<String, Analysis> current(String cyclus) {
        Map<String, Analysis> result = new LinkedHashMap<>();
        for (Analysis a : query("select * from cyclus_analyse where cyclus = ? order by indicator, versie", cyclus)) {
            result.put(a.indicator(), a);
        }
        return result;
    }

    /** Every version of the analyses of one indicator across cycles, oldest first. */
    public List<Analysis> history(String indicator) {
        return query("select * from cyclus_analyse where indicator = ? order by cyclus, versie", indicator);
    }

    private List<Analysis> query(String sql, String parameter) {
        return db.withConnection(c -> {
            List<Analysis> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, parameter);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        result.add(new Analysis(
                                r.getString("cyclus"),
                                r.getString("indicator"),
                                r.getInt("versie"),
                                r.getString("tekst"),
                                r.getString("geschreven_door"),
                                db.dialect().getInstant(r, "geschreven_op")));
                    }
                }
            }
            return result;
        });
    }

    /** Checks inside a transaction that a cycle exists and is open. */
    static final class OpenCycle {

        private OpenCycle() {}

        static void require(Connection c, String cyclus) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("select status from cyclus where code = ?")) {
                s.setString(1, cyclus);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw Invalid.of("cyclus", "Onbekende cyclus " + cyclus + ".");
                    }
                    if (!Cycle.OPEN.equals(r.getString(1))) {
                        throw Invalid.of("cyclus", "Cyclus " + cyclus + " is gesloten; daarin verandert niets meer.");
                    }
                }
            }
        }
    }
}

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
import java.util.Optional;
import nl.dekkend.appdb.AppDatabase;

/**
 * Planperiodes and the norms in force, with the append-only history of every change. The catalog's norms are
 * defaults: {@link #seedMissing} adds the pairs the app database does not hold yet and never overwrites one.
 */
public final class Norms {

    /** Who the catalog's defaults are recorded as written by. */
    public static final String CATALOGUS = "catalogus";

    private final AppDatabase db;
    private final Clock clock;

    public Norms(AppDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The norms in force now; read per request. */
    public NormSet current() {
        return db.withConnection(c -> new NormSet(planperiodes(c), norms(c)));
    }

    public List<Planperiode> planperiodes() {
        return db.withConnection(Norms::planperiodes);
    }

    /**
     * Adds the catalog's planperiodes and norms the database lacks (first start, or an indicator new in the
     * catalog); returns how many norms were added. What a user changed is kept.
     */
    public int seedMissing(List<Planperiode> planperiodes, List<Norm> defaults) {
        return db.inTransaction(c -> {
            List<String> known = planperiodes(c).stream().map(Planperiode::code).toList();
            for (Planperiode p : planperiodes) {
                if (!known.contains(p.code())) {
                    insertPlanperiode(c, p);
                }
            }
            List<Norm> present = norms(c);
            Instant now = Times.now(clock);
            int added = 0;
            for (Norm n : defaults) {
                boolean exists = present.stream()
                        .anyMatch(p -> p.indicator().equals(n.indicator())
                                && p.planperiode().equals(n.planperiode()));
                if (!exists) {
                    insertNorm(c, n);
                    insertChange(c, null, n, "Standaardnorm uit de indicatorcatalogus.", CATALOGUS, now);
                    added++;
                }
            }
            return added;
        });
    }

    /** Adds a planperiode (e.g. the next ondersteuningsplan). */
    public void addPlanperiode(Planperiode planperiode) {
        db.inTransaction(c -> {
            if (planperiodes(c).stream().anyMatch(p -> p.code().equals(planperiode.code()))) {
                throw Invalid.of("code", "Planperiode " + planperiode.code() + " bestaat al.");
            }
            insertPlanperiode(c, planperiode);
            return null;
        });
    }

    /**
     * Sets the norm of an indicator in a planperiode (a new one or a change), with a required reason; the old and
     * new values, who and when go into the history in the same transaction.
     */
    public void change(Norm nieuw, String reden, String door) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (reden == null || reden.isBlank()) {
            fouten.put("reden", "Geef een reden voor de wijziging.");
        } else if (reden.length() > 2000) {
            fouten.put("reden", "De reden is te lang (ten hoogste 2000 tekens).");
        }
        if (nieuw.grens() != null) {
            int cmp = nieuw.grens().compareTo(nieuw.norm());
            if (nieuw.richting().equals(Norm.LAGER_BETER) && cmp < 0) {
                fouten.put("grens", "Bij ‘lager is beter’ ligt de grens van oranje boven de norm.");
            } else if (nieuw.richting().equals(Norm.HOGER_BETER) && cmp > 0) {
                fouten.put("grens", "Bij ‘hoger is beter’ ligt de grens van oranje onder de norm.");
            } else if (nieuw.richting().equals(Norm.BINNEN_BAND) && cmp < 0) {
                fouten.put("grens", "De bovengrens van de band ligt onder de ondergrens.");
            }
        } else if (nieuw.richting().equals(Norm.BINNEN_BAND)) {
            fouten.put("grens", "Een band heeft een bovengrens nodig.");
        }
        Invalid.throwIfAny(fouten);
        db.inTransaction(c -> {
            if (planperiodes(c).stream().noneMatch(p -> p.code().equals(nieuw.planperiode()))) {
                throw Invalid.of("planperiode", "Onbekende planperiode " + nieuw.planperiode() + ".");
            }
            Optional<Norm> oud = norms(c).stream()
                    .filter(n -> n.indicator().equals(nieuw.indicator())
                            && n.planperiode().equals(nieuw.planperiode()))
                    .findFirst();
            if (oud.isPresent()) {
                try (PreparedStatement s = c.prepareStatement(
                        "update norm set richting = ?, norm = ?, grens = ? where indicator = ? and planperiode = ?")) {
                    s.setString(1, nieuw.richting());
                    s.setBigDecimal(2, nieuw.norm());
                    s.setBigDecimal(3, nieuw.grens());
                    s.setString(4, nieuw.indicator());
                    s.setString(5, nieuw.planperiode());
                    s.executeUpdate();
                }
            } else {
                insertNorm(c, nieuw);
            }
            insertChange(c, oud.orElse(null), nieuw, reden.strip(), door, Times.now(clock));
            return null;
        });
    }

    /** Every change of the norms of one indicator, oldest first. */
    public List<NormChange> history(String indicator) {
        return db.withConnection(c -> {
            List<NormChange> changes = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("select * from norm_wijziging where indicator = ?" + " order by id")) {
                s.setString(1, indicator);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        changes.add(new NormChange(
                                r.getString("indicator"),
                                r.getString("planperiode"),
                                r.getString("oude_richting"),
                                Decimals.get(r, "oude_norm"),
                                Decimals.get(r, "oude_grens"),
                                r.getString("nieuwe_richting"),
                                Decimals.get(r, "nieuwe_norm"),
                                Decimals.get(r, "nieuwe_grens"),
                                r.getString("reden"),
                                r.getString("gewijzigd_door"),
                                db.dialect().getInstant(r, "gewijzigd_op")));
                    }
                }
            }
            return changes;
        });
    }

    private static List<Planperiode> planperiodes(Connection c) throws SQLException {
        List<Planperiode> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select * from planperiode order by eerste_periode");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new Planperiode(
                        r.getString("code"), r.getString("eerste_periode"), r.getString("laatste_periode")));
            }
        }
        return result;
    }

    private static List<Norm> norms(Connection c) throws SQLException {
        List<Norm> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select * from norm order by indicator, planperiode");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new Norm(
                        r.getString("indicator"),
                        r.getString("planperiode"),
                        r.getString("richting"),
                        Decimals.get(r, "norm"),
                        Decimals.get(r, "grens")));
            }
        }
        return result;
    }

    private static void insertPlanperiode(Connection c, Planperiode p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into planperiode (code, eerste_periode, laatste_periode) values (?, ?, ?)")) {
            s.setString(1, p.code());
            s.setString(2, p.eerstePeriode());
            s.setString(3, p.laatstePeriode());
            s.executeUpdate();
        }
    }

    private static void insertNorm(Connection c, Norm n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into norm (indicator, planperiode, richting, norm, grens) values (?, ?, ?, ?, ?)")) {
            s.setString(1, n.indicator());
            s.setString(2, n.planperiode());
            s.setString(3, n.richting());
            s.setBigDecimal(4, n.norm());
            s.setBigDecimal(5, n.grens());
            s.executeUpdate();
        }
    }

    private void insertChange(Connection c, Norm oud, Norm nieuw, String reden, String door, Instant op)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into norm_wijziging (indicator, planperiode,"
                + " oude_richting, oude_norm, oude_grens, nieuwe_richting, nieuwe_norm, nieuwe_grens, reden,"
                + " gewijzigd_door, gewijzigd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, nieuw.indicator());
            s.setString(2, nieuw.planperiode());
            s.setString(3, oud == null ? null : oud.richting());
            s.setBigDecimal(4, oud == null ? null : oud.norm());
            s.setBigDecimal(5, oud == null ? null : oud.grens());
            s.setString(6, nieuw.richting());
            s.setBigDecimal(7, nieuw.norm());
            s.setBigDecimal(8, nieuw.grens());
            s.setString(9, reden);
            s.setString(10, door);
            db.dialect().setInstant(s, 11, op);
            s.executeUpdate();
        }
    }
}

package nl.dekkend.appdb.pdca;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Dialect;

/**
 * The improvement actions. Every save adds a version (who, when); nothing is updated or deleted, so a closed cycle
 * shows its actions as they stood when it closed, and open actions carry over into the next cycle.
 */
public final class Actions {

    private static final String VERSIONS = "select a.id, a.cyclus, a.indicator, a.aangemaakt_door, a.aangemaakt_op,"
            + " v.versie, v.omschrijving, v.eigenaar, v.gemeente, v.deadline, v.status, v.evaluatie,"
            + " v.gewijzigd_door, v.gewijzigd_op from actie a join actie_versie v on v.actie = a.id";

    private final AppDatabase db;
    private final Clock clock;

    public Actions(AppDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Agrees a new action on an indicator in an open cycle. */
    public Action add(String cyclus, String indicator, ActionInput input, String door) {
        ActionInput.Valid valid = input.validate();
        return db.inTransaction(c -> {
            Analyses.OpenCycle.require(c, cyclus);
            String id = UUID.randomUUID().toString();
            Instant now = Times.now(clock);
            try (PreparedStatement s = c.prepareStatement("insert into actie (id, cyclus, indicator, aangemaakt_door,"
                    + " aangemaakt_op) values (?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, cyclus);
                s.setString(3, indicator);
                s.setString(4, door);
                db.dialect().setInstant(s, 5, now);
                s.executeUpdate();
            }
            insertVersion(c, id, 1, valid, door, now);
            return find(c, id).orElseThrow();
        });
    }

    /** Saves a new version of an action (progress, a new deadline, closing it with an evaluation). */
    public Action update(String id, ActionInput input, String door) {
        ActionInput.Valid valid = input.validate();
        return db.inTransaction(c -> {
            Action current = find(c, id).orElseThrow(() -> Invalid.of("actie", "Onbekende actie."));
            insertVersion(c, id, current.versie() + 1, valid, door, Times.now(clock));
            return find(c, id).orElseThrow();
        });
    }

    public Optional<Action> find(String id) {
        return db.withConnection(c -> find(c, id));
    }

    /** The newest version of every action, by deadline. */
    public List<Action> all() {
        return newest(versions(null, null), null);
    }

    /** Every version of one action, oldest first. */
    public List<Action> history(String id) {
        return versions("a.id = ?", id);
    }

    /**
     * The actions a cycle shows: those agreed in it and those of earlier cycles still open or lopend when it opened.
     * An open cycle shows their newest version, a closed one the version they had when it closed.
     */
    public List<Action> forCycle(Cycle cycle) {
        List<Action> versions = versions(null, null);
        Instant until = cycle.isOpen() ? null : cycle.geslotenOp();
        List<Action> atOpening = newest(versions, cycle.geopendOp());
        List<Action> shown = new ArrayList<>();
        for (Action action : newest(versions, until)) {
            boolean own = action.cyclus().equals(cycle.code());
            boolean carried = action.cyclus().compareTo(cycle.code()) < 0
                    && atOpening.stream().anyMatch(a -> a.id().equals(action.id()) && a.isOngoing());
            if (own || carried) {
                shown.add(action);
            }
        }
        return shown;
    }

    /** Open or lopend actions whose deadline lies before today. */
    public List<Action> overdue(LocalDate today) {
        return all().stream().filter(a -> a.overdue(today)).toList();
    }

    private static List<Action> newest(List<Action> versions, Instant until) {
        Map<String, Action> byId = new LinkedHashMap<>();
        for (Action v : versions) {
            if (until == null || !v.gewijzigdOp().isAfter(until)) {
                byId.merge(v.id(), v, (a, b) -> b.versie() > a.versie() ? b : a);
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparing(Action::deadline).thenComparing(Action::aangemaaktOp))
                .toList();
    }

    private List<Action> versions(String where, String parameter) {
        return db.withConnection(c -> versions(c, where, parameter));
    }

    private List<Action> versions(Connection c, String where, String parameter) throws SQLException {
        Dialect dialect = db.dialect();
        String sql = VERSIONS + (where == null ? "" : " where " + where) + " order by a.aangemaakt_op, v.versie";
        List<Action> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new Action(
                            r.getString("id"),
                            r.getString("cyclus"),
                            r.getString("indicator"),
                            r.getInt("versie"),
                            r.getString("omschrijving"),
                            r.getString("eigenaar"),
                            r.getString("gemeente"),
                            LocalDate.parse(r.getString("deadline")),
                            r.getString("status"),
                            r.getString("evaluatie"),
                            r.getString("gewijzigd_door"),
                            dialect.getInstant(r, "gewijzigd_op"),
                            r.getString("aangemaakt_door"),
                            dialect.getInstant(r, "aangemaakt_op")));
                }
            }
        }
        return result;
    }

    private Optional<Action> find(Connection c, String id) throws SQLException {
        return versions(c, "a.id = ?", id).stream().max(Comparator.comparingInt(Action::versie));
    }

    private void insertVersion(Connection c, String id, int versie, ActionInput.Valid valid, String door, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into actie_versie (actie, versie, omschrijving, eigenaar,"
                + " gemeente, deadline, status, evaluatie, gewijzigd_door, gewijzigd_op)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, versie);
            s.setString(3, valid.omschrijving());
            s.setString(4, valid.eigenaar());
            s.setString(5, valid.gemeente());
            s.setString(6, valid.deadline().toString());
            s.setString(7, valid.status());
            s.setString(8, valid.evaluatie());
            s.setString(9, door);
            db.dialect().setInstant(s, 10, now);
            s.executeUpdate();
        }
    }
}

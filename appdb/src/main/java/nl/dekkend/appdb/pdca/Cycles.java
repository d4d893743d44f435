package nl.dekkend.appdb.pdca;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.dekkend.appdb.AppDatabase;
import nl.dekkend.appdb.Dialect;

/**
 * The cycles and the figures they cover. Opening and closing each run in one transaction, so a crash leaves a
 * cycle either as it was or complete: never closed without its frozen figures.
 */
public final class Cycles {

    private final AppDatabase db;
    private final Clock clock;

    public Cycles(AppDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** All cycles, newest first. */
    public List<Cycle> list() {
        return db.withConnection(c -> {
            List<Cycle> newestFirst = new ArrayList<>(listIn(c));
            Collections.reverse(newestFirst);
            return newestFirst;
        });
    }

    public Optional<Cycle> find(String code) {
        return list().stream().filter(cycle -> cycle.code().equals(code)).findFirst();
    }

    /** The one open cycle, if any. */
    public Optional<Cycle> open() {
        return list().stream().filter(Cycle::isOpen).findFirst();
    }

    /**
     * Opens a cycle on the figures of the current publication. One cycle is open at a time, and a cycle follows the
     * ones before it.
     */
    public Cycle open(String code, List<String> niveaus, String door, String publicatie, List<CycleFigure> figures) {
        String checked = Cycle.validCode(code);
        return db.inTransaction(c -> {
            for (Cycle existing : listIn(c)) {
                if (existing.code().equals(checked)) {
                    throw Invalid.of("code", "Cyclus " + checked + " bestaat al.");
                }
                if (existing.isOpen()) {
                    throw Invalid.of("code", "Cyclus " + existing.code() + " is nog open; sluit die eerst af.");
                }
                if (existing.code().compareTo(checked) > 0) {
                    throw Invalid.of(
                            "code",
                            "Cyclus " + checked + " ligt vóór de laatste cyclus " + existing.code()
                                    + "; open een latere cyclus.");
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into cyclus (code, status, niveaus, geopend_op,"
                    + " geopend_door, publicatie) values (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, checked);
                s.setString(2, Cycle.OPEN);
                s.setString(3, String.join(",", niveaus));
                db.dialect().setInstant(s, 4, Times.now(clock));
                s.setString(5, door);
                s.setString(6, publicatie);
                s.executeUpdate();
            }
            insertFigures(c, checked, figures);
            return findIn(c, checked).orElseThrow();
        });
    }

    /**
     * Closes an open cycle and freezes what it showed: the figures with their norms and statuses, the publication
     * and the Delta table versions, all in one transaction.
     */
    public Cycle close(
            String code, String door, String publicatie, List<CycleFigure> figures, List<TableVersion> versions) {
        return db.inTransaction(c -> {
            Cycle cycle = findIn(c, code).orElseThrow(() -> Invalid.of("code", "Onbekende cyclus " + code + "."));
            if (!cycle.isOpen()) {
                throw Invalid.of("code", "Cyclus " + code + " is al gesloten.");
            }
            try (PreparedStatement s = c.prepareStatement("delete from cyclus_waarde where cyclus = ?")) {
                s.setString(1, code);
                s.executeUpdate();
            }
            insertFigures(c, code, figures);
            try (PreparedStatement s =
                    c.prepareStatement("insert into cyclus_bron_versie (cyclus, tabel, versie) values (?, ?, ?)")) {
                for (TableVersion v : versions) {
                    s.setString(1, code);
                    s.setString(2, v.tabel());
                    s.setLong(3, v.versie());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("update cyclus set status = ?, gesloten_op = ?,"
                    + " gesloten_door = ?, publicatie = ? where code = ? and status = ?")) {
                s.setString(1, Cycle.GESLOTEN);
                db.dialect().setInstant(s, 2, Times.now(clock));
                s.setString(3, door);
                s.setString(4, publicatie);
                s.setString(5, code);
                s.setString(6, Cycle.OPEN);
                s.executeUpdate();
            }
            return findIn(c, code).orElseThrow();
        });
    }

    /** The figures of a cycle: frozen at closing, or taken at opening while open. */
    public List<CycleFigure> figures(String code) {
        return db.withConnection(c -> {
            List<CycleFigure> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select * from cyclus_waarde where cyclus = ? order by indicator, niveau, gebied")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        result.add(new CycleFigure(
                                r.getString("indicator"),
                                r.getString("periode"),
                                r.getString("niveau"),
                                r.getString("gebied"),
                                r.getString("gebied_naam"),
                                Decimals.get(r, "teller"),
                                Decimals.get(r, "noemer"),
                                Decimals.get(r, "waarde"),
                                r.getString("planperiode"),
                                r.getString("richting"),
                                Decimals.get(r, "norm"),
                                Decimals.get(r, "grens"),
                                r.getString("status"),
                                r.getBoolean("onderdrukt")));
                    }
                }
            }
            return result;
        });
    }

    /** The Delta table versions a closed cycle's publication came from. */
    public List<TableVersion> versions(String code) {
        return db.withConnection(c -> {
            List<TableVersion> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select tabel, versie from cyclus_bron_versie where cyclus = ? order by tabel")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        result.add(new TableVersion(r.getString(1), r.getLong(2)));
                    }
                }
            }
            return result;
        });
    }

    private static void insertFigures(Connection c, String code, List<CycleFigure> figures) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into cyclus_waarde (cyclus, indicator, periode, niveau,"
                + " gebied, gebied_naam, teller, noemer, waarde, planperiode, richting, norm, grens, status,"
                + " onderdrukt) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CycleFigure f : figures) {
                s.setString(1, code);
                s.setString(2, f.indicator());
                s.setString(3, f.periode());
                s.setString(4, f.niveau());
                s.setString(5, f.gebied());
                s.setString(6, f.gebiedNaam());
                s.setBigDecimal(7, f.teller());
                s.setBigDecimal(8, f.noemer());
                s.setBigDecimal(9, f.waarde());
                s.setString(10, f.planperiode());
                s.setString(11, f.richting());
                s.setBigDecimal(12, f.norm());
                s.setBigDecimal(13, f.grens());
                s.setString(14, f.status());
                s.setBoolean(15, f.onderdrukt());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private List<Cycle> listIn(Connection c) throws SQLException {
        List<Cycle> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select * from cyclus order by code");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(cycle(db.dialect(), r));
            }
        }
        return result;
    }

    private Optional<Cycle> findIn(Connection c, String code) throws SQLException {
        return listIn(c).stream().filter(cycle -> cycle.code().equals(code)).findFirst();
    }

    private static Cycle cycle(Dialect dialect, ResultSet r) throws SQLException {
        String niveaus = r.getString("niveaus");
        return new Cycle(
                r.getString("code"),
                r.getString("status"),
                niveaus.isBlank() ? List.of() : Arrays.asList(niveaus.split(",")),
                dialect.getInstant(r, "geopend_op"),
                r.getString("geopend_door"),
                dialect.getInstant(r, "gesloten_op"),
                r.getString("gesloten_door"),
                r.getString("publicatie"));
    }
}

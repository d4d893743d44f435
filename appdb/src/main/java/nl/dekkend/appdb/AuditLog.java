package nl.dekkend.appdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log: logins, failed logins, account and token changes, views of pupil-level
 * detail, exports. There is no update or delete here, and the database refuses both (V004).
 */
public final class AuditLog {

    public static final String INLOGGEN = "inloggen";
    public static final String INLOGGEN_MISLUKT = "inloggen_mislukt";
    public static final String UITLOGGEN = "uitloggen";
    public static final String ACCOUNT_TOEGEVOEGD = "account_toegevoegd";
    public static final String ACCOUNT_VERWIJDERD = "account_verwijderd";
    public static final String WACHTWOORD_GEWIJZIGD = "wachtwoord_gewijzigd";
    public static final String TOKEN_UITGEGEVEN = "token_uitgegeven";
    public static final String TOKEN_INGETROKKEN = "token_ingetrokken";
    public static final String DETAIL_BEKEKEN = "detail_bekeken";
    public static final String EXPORT = "export";
    public static final String BACKUP = "backup";
    public static final String HERSTEL = "herstel";

    /** The gebruiker of a line whose user is not known, e.g. a failed login with an empty name. */
    public static final String ONBEKEND = "(onbekend)";

    private final AppDatabase db;

    public AuditLog(AppDatabase db) {
        this.db = db;
    }

    /** Appends one line, now, in its own transaction; a blank {@code gebruiker} is logged as {@value #ONBEKEND}. */
    public void append(String gebruiker, String actie, String onderwerp, String adres) {
        db.inTransaction(connection -> {
            append(connection, gebruiker, actie, onderwerp, adres);
            return null;
        });
    }

    /** Appends one line inside the caller's transaction, so the change and its line commit together. */
    public void append(Connection connection, String gebruiker, String actie, String onderwerp, String adres)
            throws SQLException {
        if (actie == null || actie.isBlank()) {
            throw new IllegalArgumentException("Een auditregel vraagt een actie.");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_log (tijdstip, gebruiker, actie, onderwerp, adres) values (?, ?, ?, ?, ?)")) {
            db.dialect().setInstant(insert, 1, Dialect.now());
            insert.setString(2, gebruiker == null || gebruiker.isBlank() ? ONBEKEND : clip(gebruiker, 200));
            insert.setString(3, clip(actie, 64));
            insert.setString(4, clip(onderwerp, 2000));
            insert.setString(5, clip(adres, 100));
            insert.executeUpdate();
        }
    }

    public List<AuditEntry> list(AuditFilter filter) {
        StringBuilder sql =
                new StringBuilder("select id, tijdstip, gebruiker, actie, onderwerp, adres from audit_log where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (filter.gebruiker() != null) {
            sql.append(" and gebruiker = ?");
            arguments.add(filter.gebruiker());
        }
        if (filter.actie() != null) {
            sql.append(" and actie = ?");
            arguments.add(filter.actie());
        }
        if (filter.van() != null) {
            sql.append(" and tijdstip >= ?");
            arguments.add(filter.van());
        }
        if (filter.tot() != null) {
            sql.append(" and tijdstip < ?");
            arguments.add(filter.tot());
        }
        sql.append(" order by id desc limit ").append(filter.limit());
        return db.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < arguments.size(); i++) {
                    if (arguments.get(i) instanceof Instant instant) {
                        db.dialect().setInstant(select, i + 1, instant);
                    } else {
                        select.setString(i + 1, (String) arguments.get(i));
                    }
                }
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AuditEntry(
                                rows.getLong("id"),
                                db.dialect().getInstant(rows, "tijdstip"),
                                rows.getString("gebruiker"),
                                rows.getString("actie"),
                                rows.getString("onderwerp"),
                                rows.getString("adres")));
                    }
                }
                return entries;
            }
        });
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}

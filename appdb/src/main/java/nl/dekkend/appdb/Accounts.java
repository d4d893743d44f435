package nl.dekkend.appdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Accounts: add, find, list, remove, change a password, check a password. Every change is written to
 * the audit log in the same transaction, in the name of the {@link Actor} this object was made for.
 */
public final class Accounts {

    private static final Pattern NAAM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    /** Checked against when the name is unknown, so a wrong name costs as long as a wrong password. */
    private static final class Dummy {
        static final String HASH = Passwords.hash("niet-bestaand-account".toCharArray());
    }

    private final AppDatabase db;
    private final AuditLog audit;
    private final Actor actor;

    /** Changes are logged as made by {@code systeem}. */
    public Accounts(AppDatabase db) {
        this(db, new Actor("systeem", null));
    }

    public Accounts(AppDatabase db, Actor actor) {
        this.db = db;
        this.audit = new AuditLog(db);
        this.actor = actor;
    }

    public Account add(String naam, Rol rol, List<String> gemeenten, List<String> besturen, char[] wachtwoord) {
        checkNaam(naam);
        List<String> gm =
                gemeenten.stream().map(Codes::gemeente).distinct().sorted().toList();
        List<String> bg =
                besturen.stream().map(Codes::bestuur).distinct().sorted().toList();
        checkScope(rol, gm, bg);
        Passwords.check(wachtwoord);
        String hash = Passwords.hash(wachtwoord);
        return db.inTransaction(connection -> {
            if (find(connection, naam).isPresent()) {
                throw new IllegalArgumentException("Er bestaat al een account met de naam '" + naam + "'.");
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into account (naam, rol, wachtwoord_hash, aangemaakt_op) values (?, ?, ?, ?)")) {
                insert.setString(1, naam);
                insert.setString(2, rol.code());
                insert.setString(3, hash);
                db.dialect().setInstant(insert, 4, Dialect.now());
                insert.executeUpdate();
            }
            id = find(connection, naam).orElseThrow().id();
            insertAll(connection, "insert into account_gemeente (account_id, gemeente) values (?, ?)", id, gm);
            insertAll(connection, "insert into account_bestuur (account_id, bestuur) values (?, ?)", id, bg);
            Account account = new Account(id, naam, rol, gm, bg);
            audit.append(connection, actor.gebruiker(), AuditLog.ACCOUNT_TOEGEVOEGD, describe(account), actor.adres());
            return account;
        });
    }

    public Optional<Account> find(String naam) {
        return db.withConnection(connection -> find(connection, naam));
    }

    /** Every account, by name. */
    public List<Account> list() {
        return db.withConnection(connection -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select naam from account order by naam");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            List<Account> accounts = new ArrayList<>();
            for (String naam : names) {
                find(connection, naam).ifPresent(accounts::add);
            }
            return accounts;
        });
    }

    /** Removes the account and its tokens; the audit log keeps its name. */
    public void remove(String naam) {
        db.inTransaction(connection -> {
            Account account = find(connection, naam).orElseThrow(() -> unknown(naam));
            try (PreparedStatement delete = connection.prepareStatement("delete from account where id = ?")) {
                delete.setLong(1, account.id());
                delete.executeUpdate();
            }
            audit.append(connection, actor.gebruiker(), AuditLog.ACCOUNT_VERWIJDERD, describe(account), actor.adres());
            return null;
        });
    }

    public void passwd(String naam, char[] wachtwoord) {
        Passwords.check(wachtwoord);
        String hash = Passwords.hash(wachtwoord);
        db.inTransaction(connection -> {
            Account account = find(connection, naam).orElseThrow(() -> unknown(naam));
            try (PreparedStatement update =
                    connection.prepareStatement("update account set wachtwoord_hash = ? where id = ?")) {
                update.setString(1, hash);
                update.setLong(2, account.id());
                update.executeUpdate();
            }
            audit.append(
                    connection, actor.gebruiker(), AuditLog.WACHTWOORD_GEWIJZIGD, "account " + naam, actor.adres());
            return null;
        });
    }

    /**
     * The account when {@code wachtwoord} is its password, else empty. Takes as long for an unknown
     * name as for a wrong password. Logging the attempt is the caller's (it knows the address).
     */
    public Optional<Account> verify(String naam, char[] wachtwoord) {
        Optional<String> hash = db.withConnection(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("select wachtwoord_hash from account where naam = ?")) {
                select.setString(1, naam);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
        boolean ok = Passwords.verify(wachtwoord, hash.orElseGet(() -> Dummy.HASH));
        return ok && hash.isPresent() ? find(naam) : Optional.empty();
    }

    static Optional<Account> find(Connection connection, String naam) throws SQLException {
        long id;
        Rol rol;
        try (PreparedStatement select = connection.prepareStatement("select id, rol from account where naam = ?")) {
            select.setString(1, naam);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                id = rows.getLong(1);
                rol = Rol.parse(rows.getString(2));
            }
        }
        return Optional.of(new Account(
                id,
                naam,
                rol,
                codes(connection, "select gemeente from account_gemeente where account_id = ? order by gemeente", id),
                codes(connection, "select bestuur from account_bestuur where account_id = ? order by bestuur", id)));
    }

    private static List<String> codes(Connection connection, String sql, long id) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        return codes;
    }

    private static void insertAll(Connection connection, String sql, long id, List<String> codes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (String code : new TreeSet<>(codes)) {
                insert.setLong(1, id);
                insert.setString(2, code);
                insert.executeUpdate();
            }
        }
    }

    static IllegalArgumentException unknown(String naam) {
        return new IllegalArgumentException("Er is geen account met de naam '" + naam + "'.");
    }

    private static void checkNaam(String naam) {
        if (naam == null || !NAAM.matcher(naam).matches()) {
            throw new IllegalArgumentException("Ongeldige accountnaam: '" + naam
                    + "' (1 tot 64 tekens: letters, cijfers en . _ @ -, beginnend met een letter of cijfer).");
        }
    }

    private static void checkScope(Rol rol, List<String> gemeenten, List<String> besturen) {
        switch (rol) {
            case GEMEENTE -> {
                if (gemeenten.isEmpty()) {
                    throw new IllegalArgumentException(
                            "De rol gemeente vraagt minstens één gemeentecode (bijvoorbeeld GM0034).");
                }
                if (!besturen.isEmpty()) {
                    throw new IllegalArgumentException("De rol gemeente hoort niet bij een bestuur.");
                }
            }
            case BESTUUR -> {
                if (besturen.isEmpty()) {
                    throw new IllegalArgumentException(
                            "De rol bestuur vraagt minstens één bevoegd-gezagnummer (bijvoorbeeld 41234).");
                }
                if (!gemeenten.isEmpty()) {
                    throw new IllegalArgumentException("De rol bestuur hoort niet bij een gemeente.");
                }
            }
            default -> {
                if (!gemeenten.isEmpty() || !besturen.isEmpty()) {
                    throw new IllegalArgumentException(
                            "De rol " + rol.code() + " ziet alle gebieden en hoort niet bij een gemeente of bestuur.");
                }
            }
        }
    }

    private static String describe(Account account) {
        StringBuilder text = new StringBuilder(
                "account " + account.naam() + ", rol " + account.rol().code());
        if (!account.gemeenten().isEmpty()) {
            text.append(", gemeente ").append(String.join(" ", account.gemeenten()));
        }
        if (!account.besturen().isEmpty()) {
            text.append(", bestuur ").append(String.join(" ", account.besturen()));
        }
        return text.toString();
    }
}

package nl.dekkend.appdb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens ({@code Authorization: Bearer …}) with the rights of their account: 32 random
 * bytes, shown once, kept as their SHA-256 (a token has full entropy, so a fast hash is enough),
 * revocable. Issuing and revoking are written to the audit log.
 */
public final class Tokens {

    /** Every token starts with this, so a leaked one is recognisable in logs and secret scanners. */
    public static final String PREFIX = "dekkend_";

    public static final int TOKEN_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppDatabase db;
    private final AuditLog audit;
    private final Actor actor;

    public Tokens(AppDatabase db) {
        this(db, new Actor("systeem", null));
    }

    public Tokens(AppDatabase db, Actor actor) {
        this.db = db;
        this.audit = new AuditLog(db);
        this.actor = actor;
    }

    /** Issues a token for the account and returns it; only its hash is stored. */
    public String add(String accountNaam, String omschrijving) {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String text = omschrijving == null || omschrijving.isBlank() ? "API-token" : omschrijving.strip();
        if (text.length() > 200) {
            throw new IllegalArgumentException("De omschrijving van een token mag hoogstens 200 tekens hebben.");
        }
        db.inTransaction(connection -> {
            Account account = Accounts.find(connection, accountNaam).orElseThrow(() -> Accounts.unknown(accountNaam));
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into api_token (account_id, omschrijving, token_hash, aangemaakt_op) values (?, ?, ?, ?)")) {
                insert.setLong(1, account.id());
                insert.setString(2, text);
                insert.setString(3, sha256(token));
                db.dialect().setInstant(insert, 4, Dialect.now());
                insert.executeUpdate();
            }
            long id;
            try (PreparedStatement select =
                    connection.prepareStatement("select id from api_token where token_hash = ?")) {
                select.setString(1, sha256(token));
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            audit.append(
                    connection,
                    actor.gebruiker(),
                    AuditLog.TOKEN_UITGEGEVEN,
                    "token " + id + " voor account " + account.naam() + " (" + text + ")",
                    actor.adres());
            return null;
        });
        return token;
    }

    /** The account of an active token, else empty. */
    public Optional<Account> verify(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return db.withConnection(connection -> {
            String naam;
            try (PreparedStatement select = connection.prepareStatement(
                    "select a.naam from api_token t inner join account a on a.id = t.account_id"
                            + " where t.token_hash = ? and t.ingetrokken_op is null")) {
                select.setString(1, sha256(token));
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<Account>empty();
                    }
                    naam = rows.getString(1);
                }
            }
            return Accounts.find(connection, naam);
        });
    }

    public void revoke(long tokenId) {
        db.inTransaction(connection -> {
            String naam;
            try (PreparedStatement select = connection.prepareStatement(
                    "select a.naam from api_token t inner join account a on a.id = t.account_id where t.id = ?")) {
                select.setLong(1, tokenId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalArgumentException("Er is geen token met nummer " + tokenId + ".");
                    }
                    naam = rows.getString(1);
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update api_token set ingetrokken_op = ? where id = ? and ingetrokken_op is null")) {
                db.dialect().setInstant(update, 1, Dialect.now());
                update.setLong(2, tokenId);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("Token " + tokenId + " is al ingetrokken.");
                }
            }
            audit.append(
                    connection,
                    actor.gebruiker(),
                    AuditLog.TOKEN_INGETROKKEN,
                    "token " + tokenId + " van account " + naam,
                    actor.adres());
            return null;
        });
    }

    /** Every token, active or revoked, by number. */
    public List<TokenInfo> list() {
        return db.withConnection(connection -> {
            List<TokenInfo> tokens = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "select t.id, a.naam, t.omschrijving, t.aangemaakt_op, t.ingetrokken_op"
                                    + " from api_token t inner join account a on a.id = t.account_id order by t.id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tokens.add(new TokenInfo(
                            rows.getLong("id"),
                            rows.getString("naam"),
                            rows.getString("omschrijving"),
                            db.dialect().getInstant(rows, "aangemaakt_op"),
                            db.dialect().getInstant(rows, "ingetrokken_op")));
                }
            }
            return tokens;
        });
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}

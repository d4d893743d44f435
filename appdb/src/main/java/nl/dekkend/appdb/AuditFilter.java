package nl.dekkend.appdb;

import java.time.Instant;

/**
 * Which audit lines to list: a null field does not filter. {@code van} is inclusive, {@code tot}
 * exclusive; at most {@code limit} lines, newest first.
 */
public record AuditFilter(String gebruiker, String actie, Instant van, Instant tot, int limit) {

    public static final int DEFAULT_LIMIT = 500;

    public AuditFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit moet minstens 1 zijn, niet " + limit);
        }
    }

    /** The newest {@value #DEFAULT_LIMIT} lines. */
    public static AuditFilter alles() {
        return new AuditFilter(null, null, null, null, DEFAULT_LIMIT);
    }

    public AuditFilter gebruiker(String value) {
        return new AuditFilter(value, actie, van, tot, limit);
    }

    public AuditFilter actie(String value) {
        return new AuditFilter(gebruiker, value, van, tot, limit);
    }

    public AuditFilter van(Instant value) {
        return new AuditFilter(gebruiker, actie, value, tot, limit);
    }

    public AuditFilter tot(Instant value) {
        return new AuditFilter(gebruiker, actie, van, value, limit);
    }

    public AuditFilter limit(int value) {
        return new AuditFilter(gebruiker, actie, van, tot, value);
    }
}

package nl.dekkend.appdb;

import java.time.Instant;

/** One line of the audit log; {@code onderwerp} and {@code adres} may be null. */
public record AuditEntry(long id, Instant tijdstip, String gebruiker, String actie, String onderwerp, String adres) {}

package nl.dekkend.appdb;

import java.time.Instant;

/** A personal API token as listed (never the token itself); {@code ingetrokkenOp} is null while active. */
public record TokenInfo(long id, String accountNaam, String omschrijving, Instant aangemaaktOp, Instant ingetrokkenOp) {

    public boolean actief() {
        return ingetrokkenOp == null;
    }
}

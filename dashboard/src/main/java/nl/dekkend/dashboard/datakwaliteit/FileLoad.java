package nl.dekkend.dashboard.datakwaliteit;

import java.time.LocalDateTime;

/** The latest load of one file ({@code file_loads}). */
public record FileLoad(
        String bron,
        String bestand,
        String status,
        long rijen,
        long geladen,
        long quarantaine,
        String melding,
        LocalDateTime geladenOp) {}

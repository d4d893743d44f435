package nl.dekkend.ingest.bronze;

import java.time.Instant;

/** One row of the manifest {@code bronze/_loads}: one file load. */
public record ManifestRow(
        String loadId,
        String bron,
        String bestand,
        String bestandHash,
        String status,
        long rijen,
        long geladen,
        long quarantaine,
        String melding,
        Instant begonnenOp,
        Instant klaarOp) {}

package nl.dekkend.ingest;

/**
 * The outcome of one file in a run.
 *
 * @param bron the source (inbox folder)
 * @param bestand file name relative to the inbox, e.g. {@code duo_leerlingen_swv/2024.csv}
 * @param status {@code geladen}, {@code deels_geladen}, {@code afgewezen} or {@code ongewijzigd}
 * @param rijen data rows in the file
 * @param geladen rows accepted into bronze
 * @param quarantaine rows sent to quarantine
 * @param melding Dutch explanation
 */
public record FileLoad(
        String bron, String bestand, String status, long rijen, long geladen, long quarantaine, String melding) {}

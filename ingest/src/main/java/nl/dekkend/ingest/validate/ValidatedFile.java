package nl.dekkend.ingest.validate;

import java.util.List;
import nl.dekkend.ingest.LoadStatus;

/**
 * The outcome of reading and validating one file, before anything is written.
 *
 * @param status {@code geladen}, {@code deels_geladen} or {@code afgewezen}
 * @param rijen data rows in the file (blank lines not counted)
 * @param geladen accepted file rows
 * @param quarantaine quarantined file rows (a row with two bad values counts once)
 * @param melding Dutch summary for the manifest
 * @param rows the bronze rows (more than {@code geladen} for a wide layout)
 * @param quarantine one entry per rejected value
 */
public record ValidatedFile(
        String status,
        long rijen,
        long geladen,
        long quarantaine,
        String melding,
        List<BronzeRow> rows,
        List<QuarantineEntry> quarantine) {

    public ValidatedFile {
        rows = List.copyOf(rows);
        quarantine = List.copyOf(quarantine);
    }

    public static ValidatedFile rejected(long rijen, String melding) {
        return new ValidatedFile(LoadStatus.AFGEWEZEN, rijen, 0, 0, melding, List.of(), List.of());
    }

    /** Whether every data row is accounted for (accepted or quarantined), or the file was rejected whole. */
    public boolean balanced() {
        return geladen + quarantaine == rijen
                || (LoadStatus.AFGEWEZEN.equals(status) && geladen == 0 && quarantaine == 0);
    }
}

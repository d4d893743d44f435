package nl.dekkend.ingest.validate;

/**
 * One rejected value. {@code waarde} is already safe to store: pupil ids are pseudonymised, minimised
 * values (birth dates, home postcodes) hidden, long texts shortened.
 *
 * @param rij the file row (header = 1)
 * @param kolom the column as named in the contract, or the header text for a wide column
 * @param waarde the offending value, safe to store
 * @param reden Dutch reason without the value, so reasons can be grouped
 */
public record QuarantineEntry(int rij, String kolom, String waarde, String reden) {

    /**
     * The sentence for a load's {@code melding}, which every reader of {@code dekkend loads} and the
     * Datakwaliteit page sees: where and why, never the value itself (a TLV number or pupil key can be
     * traced back to a child), e.g. {@code rij 14, kolom teldatum: de waarde is geen geldige datum}.
     */
    public String describe() {
        String where = "rij " + rij + (kolom.isEmpty() ? "" : ", kolom " + kolom);
        return where + ": " + (reden.startsWith("is ") ? "de waarde " : "") + reden;
    }
}

package nl.dekkend.dashboard.datakwaliteit;

/** Rows of one file quarantined for one reason ({@code quarantine_reasons}); examples are row numbers only. */
public record QuarantineReason(
        String bron, String bestand, String kolom, String reden, long aantal, String voorbeeldRijen) {}

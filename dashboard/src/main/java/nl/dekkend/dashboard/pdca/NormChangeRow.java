package nl.dekkend.dashboard.pdca;

/** One change of a norm as the history shows it: old and new in Dutch, reason, who and when. */
public record NormChangeRow(
        String indicator, String planperiode, String oud, String nieuw, String reden, String door, String op) {}

package nl.dekkend.dashboard.publicatie;

import java.time.LocalDateTime;
import java.util.List;
import nl.dekkend.dashboard.datakwaliteit.DataTestResult;
import nl.dekkend.dashboard.format.DutchFormat;

/**
 * What pages say when the newest run was refused: a full sentence and the failing tests for the Datakwaliteit page,
 * a short banner for every other page. {@link #NONE} when the served publication is the newest. The failing rows
 * themselves (pupil-level detail) are not part of it: only the beheerder sees them, on {@code /datakwaliteit/voorbeelden}.
 */
public record PublicationNotice(
        boolean present, String runMoment, String currentMoment, int failingCount, List<DataTestResult> failingTests) {

    public static final PublicationNotice NONE = new PublicationNotice(false, "", "", 0, List.of());

    public PublicationNotice {
        failingTests = List.copyOf(failingTests);
    }

    public static PublicationNotice of(RefusedRun run, LocalDateTime current) {
        return new PublicationNotice(
                true,
                DutchFormat.dateTime(run.moment()),
                DutchFormat.dateTime(current),
                run.failingTests().size(),
                run.failingTests().stream()
                        .map(DataTestResult::withoutVoorbeeld)
                        .toList());
    }

    /** "De laatste run van 16-1-2024 10:00 is niet gepubliceerd: 2 datatests faalden. U ziet nog …". */
    public String sentence() {
        if (!present) {
            return "";
        }
        return "De laatste run van " + runMoment + " is niet gepubliceerd: " + reason()
                + ". U ziet nog de publicatie van " + currentMoment + ".";
    }

    /** The short banner text of every other page (the link to Datakwaliteit follows it). */
    public String banner() {
        return present
                ? "De laatste run van " + runMoment + " is niet gepubliceerd; u ziet nog de publicatie van "
                        + currentMoment + "."
                : "";
    }

    private String reason() {
        if (failingCount == 0) {
            return "de controle vóór publicatie faalde";
        }
        return failingCount == 1 ? "1 datatest faalde" : failingCount + " datatests faalden";
    }
}

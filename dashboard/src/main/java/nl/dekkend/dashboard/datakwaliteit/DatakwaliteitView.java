package nl.dekkend.dashboard.datakwaliteit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.dekkend.dashboard.format.DutchFormat;
import nl.dekkend.dashboard.kpi.KpiDefinition;
import nl.dekkend.dashboard.kpi.SourceAvailability;
import nl.dekkend.dashboard.kpi.SourceStatus;

/** The view model of the data quality page, every figure formatted. */
public record DatakwaliteitView(
        List<SourceRow> sources,
        List<MissingSource> missing,
        List<FileRow> files,
        List<ReasonRow> reasons,
        List<DataTestResult> failingTests,
        int passedTests) {

    /** Per source: the last load, rows loaded and quarantined, freshness. */
    public record SourceRow(
            String bron,
            boolean aanwezig,
            String bestanden,
            String geladen,
            String quarantaine,
            String laatsteLading,
            String nieuwstePeriode) {}

    /** A source that was not delivered and the indicators that have no figures because of it. */
    public record MissingSource(String bron, List<String> indicatoren) {}

    public record FileRow(
            String bron,
            String bestand,
            String status,
            String rijen,
            String geladen,
            String quarantaine,
            String melding,
            String geladenOp) {}

    public record ReasonRow(
            String bron, String bestand, String kolom, String reden, String aantal, String voorbeeldRijen) {}

    public static DatakwaliteitView build(
            List<SourceStatus> statuses,
            List<KpiDefinition> definitions,
            List<FileLoad> loads,
            List<QuarantineReason> reasons,
            List<DataTestResult> tests) {
        SourceAvailability availability = new SourceAvailability(statuses);
        TreeSet<String> allSources = new TreeSet<>();
        statuses.forEach(s -> allSources.add(s.bron()));
        definitions.forEach(d -> d.bronnen().forEach(r -> allSources.addAll(List.of(r.split("\\|")))));
        List<MissingSource> missing = allSources.stream()
                .map(String::trim)
                .filter(b -> !availability.present(b))
                .map(b -> new MissingSource(
                        b,
                        definitions.stream()
                                .filter(d -> availability.blockedBy(d, b))
                                .map(KpiDefinition::naam)
                                .toList()))
                .toList();
        return new DatakwaliteitView(
                statuses.stream().map(DatakwaliteitView::sourceRow).toList(),
                missing,
                loads.stream()
                        .map(f -> new FileRow(
                                f.bron(),
                                f.bestand(),
                                statusText(f.status()),
                                DutchFormat.count(f.rijen()),
                                DutchFormat.count(f.geladen()),
                                DutchFormat.count(f.quarantaine()),
                                f.melding() == null ? "" : f.melding(),
                                DutchFormat.dateTime(f.geladenOp())))
                        .toList(),
                reasons.stream()
                        .map(r -> new ReasonRow(
                                r.bron(),
                                r.bestand(),
                                r.kolom(),
                                r.reden(),
                                DutchFormat.count(r.aantal()),
                                r.voorbeeldRijen()))
                        .toList(),
                tests.stream()
                        .filter(t -> !t.geslaagd())
                        .map(DataTestResult::withoutVoorbeeld)
                        .toList(),
                (int) tests.stream().filter(DataTestResult::geslaagd).count());
    }

    private static SourceRow sourceRow(SourceStatus s) {
        return new SourceRow(
                s.bron(),
                s.aanwezig(),
                DutchFormat.count(s.bestanden()),
                DutchFormat.count(s.rijenGeladen()),
                DutchFormat.count(s.rijenQuarantaine()),
                DutchFormat.dateTime(s.laatsteLading()),
                periode(s.nieuwstePeriode()));
    }

    /**
     * The newest period as text; an ISO date ({@code 2014-10-01}) is shown the Dutch way ({@code 1-10-2014}); a
     * load's internal period key of several parts ({@code 2025|raming}) as words: {@code 2025 (raming)}.
     */
    static String periode(String value) {
        if (value == null || value.isBlank()) {
            return DutchFormat.NO_VALUE;
        }
        String[] parts = value.trim().split("\\|");
        String first = parts[0].trim();
        try {
            first = DutchFormat.date(LocalDate.parse(first));
        } catch (DateTimeParseException e) {
            // not a date: as it is
        }
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                rest.add(parts[i].trim().replace('_', ' '));
            }
        }
        return rest.isEmpty() ? first : first + " (" + String.join(", ", rest) + ")";
    }

    static String statusText(String status) {
        switch (status) {
            case "geladen":
                return "geladen";
            case "deels_geladen":
                return "deels geladen";
            case "afgewezen":
                return "afgewezen";
            case "ongewijzigd":
                return "ongewijzigd";
            default:
                return status;
        }
    }
}

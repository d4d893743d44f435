package nl.dekkend.dashboard.kpi;

import java.time.LocalDateTime;

/** One row of {@code source_status}: what the pipeline had to work with for one source. */
public record SourceStatus(
        String bron,
        boolean aanwezig,
        int bestanden,
        long rijenGeladen,
        long rijenQuarantaine,
        LocalDateTime laatsteLading,
        String nieuwstePeriode) {}

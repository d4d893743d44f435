package nl.dekkend.dashboard.publicatie;

import java.time.LocalDateTime;

/** The {@code publication} row of a DuckDB file: the run it holds and when it was published. */
public record PublicationInfo(String runId, LocalDateTime publishedAt) {}

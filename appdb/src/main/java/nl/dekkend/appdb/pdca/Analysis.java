package nl.dekkend.appdb.pdca;

import java.time.Instant;

/** One saved version of the commissie's analysis of an indicator in a cycle. */
public record Analysis(String cyclus, String indicator, int versie, String tekst, String door, Instant op) {}

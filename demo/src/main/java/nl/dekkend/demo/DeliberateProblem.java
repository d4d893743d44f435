package nl.dekkend.demo;

/**
 * A deliberately bad row or file in the demo inbox, so the quarantine has something to show.
 *
 * @param path file relative to the inbox
 * @param row spreadsheet row number (header = 1), or 0 when the whole file is bad
 * @param column the offending column (for a rejected file: the missing one)
 * @param value the bad value as written
 * @param expected what the pipeline should do
 */
public record DeliberateProblem(String path, int row, String column, String value, String expected) {}

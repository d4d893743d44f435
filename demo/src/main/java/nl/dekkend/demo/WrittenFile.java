package nl.dekkend.demo;

/**
 * One file the generator wrote.
 *
 * @param bron the source (inbox sub-folder)
 * @param path path relative to the inbox, e.g. {@code duo_leerlingen_swv/duo_leerlingen_swv_2015-2024.csv}
 * @param format a short description, e.g. {@code csv ; windows-1252}
 * @param rows data rows (header not counted), including deliberately bad rows
 */
public record WrittenFile(String bron, String path, String format, int rows) {}

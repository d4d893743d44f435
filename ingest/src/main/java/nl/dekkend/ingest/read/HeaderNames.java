package nl.dekkend.ingest.read;

import java.util.Locale;

/** How header cells are compared: case-insensitive, ignoring spaces, {@code _} and {@code -}. */
public final class HeaderNames {

    private HeaderNames() {}

    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\uFEFF' || c == '_' || c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}

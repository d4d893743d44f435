package nl.dekkend.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a password from standard input: at a terminal without echo (asked twice when it is new), else one
 * line, so that a script can pipe it ({@code printf '%s\n' "$WACHTWOORD" | dekkend user add …}).
 */
final class PasswordInput {

    private PasswordInput() {}

    static char[] read(String prompt, boolean confirm) {
        Console console = System.console();
        if (console != null) {
            char[] password = console.readPassword("%s", prompt);
            if (password == null) {
                throw new IllegalArgumentException("Geen wachtwoord ingevoerd.");
            }
            if (confirm) {
                char[] again = console.readPassword("Herhaal het wachtwoord: ");
                boolean same = Arrays.equals(password, again);
                if (again != null) {
                    Arrays.fill(again, ' ');
                }
                if (!same) {
                    Arrays.fill(password, ' ');
                    throw new IllegalArgumentException("De twee wachtwoorden zijn niet gelijk.");
                }
            }
            return password;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException(
                        "Geen wachtwoord op standaardinvoer (geef het op één regel, bijvoorbeeld via een pipe).");
            }
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Kan het wachtwoord niet lezen", e);
        }
    }
}

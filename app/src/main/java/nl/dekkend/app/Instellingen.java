package nl.dekkend.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings of one installation, remembered in {@code HOME/instellingen.properties}: today the own SWV
 * ({@code dekkend run --swv PO2401}), which the SWV-less sources (financien, reserves, tlv) belong to.
 */
final class Instellingen {

    private static final String EIGEN_SWV = "eigen_swv";

    private final Path file;

    Instellingen(Home home) {
        this.file = home.dir().resolve("instellingen.properties");
    }

    /** The own SWV set earlier, if any. */
    Optional<String> eigenSwv() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("kan " + file + " niet lezen", e);
        }
        return Optional.ofNullable(properties.getProperty(EIGEN_SWV))
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    /** Remembers the own SWV; the code must look like DUO's, e.g. PO2401. */
    void setEigenSwv(String code) {
        String swv = normalised(code);
        Properties properties = new Properties();
        properties.setProperty(EIGEN_SWV, swv);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "Instellingen van deze Dekkend-installatie");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kan " + file + " niet schrijven", e);
        }
    }

    static String normalised(String code) {
        String swv = code.strip().toUpperCase(Locale.ROOT);
        if (!swv.matches("PO\\d{4}")) {
            throw new IllegalArgumentException("--swv '" + code + "' is geen code van een samenwerkingsverband PO"
                    + " zoals DUO die schrijft (PO gevolgd door vier cijfers, bijvoorbeeld PO2401)");
        }
        return swv;
    }
}

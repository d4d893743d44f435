package nl.dekkend.ingest.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a pupil identifier by HMAC-SHA-256 (lower-case hex) under a secret key. The identifier is
 * first normalised (white space removed, upper case) so that {@code 1234 567 89} and {@code 123456789}
 * link.
 */
public final class Pseudonymiser {

    private final SecretKeySpec key;

    public Pseudonymiser(String keyText) {
        Objects.requireNonNull(keyText, "keyText");
        String k = keyText.strip();
        if (k.length() < 16) {
            throw new IllegalArgumentException(
                    "de pseudonimiseringssleutel is te kort (" + k.length() + " tekens, minimaal 16)");
        }
        this.key = new SecretKeySpec(k.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String pseudonymise(String rawId) {
        String normalised = rawId.replaceAll("[\\s\\u00A0]", "").toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}

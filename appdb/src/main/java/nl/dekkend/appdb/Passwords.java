package nl.dekkend.appdb;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with argon2id (Bouncy Castle), encoded as a PHC string
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded standard base64). The parameters are
 * OWASP's first recommendation for argon2id; a stored hash carries its own, so raising them later keeps
 * old hashes valid.
 */
public final class Passwords {

    /** Memory in KiB: 19 MiB. */
    public static final int MEMORY_KIB = 19 * 1024;
    /** Iterations (time cost). */
    public static final int ITERATIONS = 2;
    /** Lanes. */
    public static final int PARALLELISM = 1;

    public static final int SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;
    /** The shortest password an account may have. */
    public static final int MIN_LENGTH = 12;

    public static final int MAX_LENGTH = 1024;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    private Passwords() {}

    /** Refuses a password that is too short or too long, with a Dutch message. */
    public static void check(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("Het wachtwoord moet minstens " + MIN_LENGTH + " tekens hebben.");
        }
        if (password.length > MAX_LENGTH) {
            throw new IllegalArgumentException("Het wachtwoord mag hoogstens " + MAX_LENGTH + " tekens hebben.");
        }
    }

    /** The hash of a new or changed password, with the production parameters. */
    public static String hash(char[] password) {
        return hash(password, MEMORY_KIB, ITERATIONS);
    }

    /**
     * A hash with other cost parameters than the production ones, which {@link #verify} accepts as any stored hash
     * (it carries its own): for test fixtures whose accounts log in hundreds of times (about 0,13 s each with the
     * production parameters). Accounts only ever store {@link #hash(char[])}.
     */
    public static String hash(char[] password, int memoryKib, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2id(password, salt, memoryKib, iterations, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** True when {@code password} gives {@code encoded}; compares in constant time. */
    public static boolean verify(char[] password, String encoded) {
        var match = PHC.matcher(encoded == null ? "" : encoded);
        if (password == null || !match.matches()) {
            return false;
        }
        byte[] salt = B64_DECODE.decode(match.group(4));
        byte[] expected = B64_DECODE.decode(match.group(5));
        byte[] actual = argon2id(
                password,
                salt,
                Integer.parseInt(match.group(1)),
                Integer.parseInt(match.group(2)),
                Integer.parseInt(match.group(3)),
                expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] argon2id(char[] password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] bytes = utf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(bytes, out);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        return out;
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}

package nl.dekkend.ingest.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the pseudonymisation key comes from: the value handed in from the environment, else
 * {@code secretsDir/pseudoniem.key}, which is created with 32 random bytes (hex) on first use and
 * readable by the owner only.
 */
public final class PseudonymKey {

    public static final String FILE_NAME = "pseudoniem.key";

    private PseudonymKey() {}

    public static Pseudonymiser resolve(Optional<String> fromEnvironment, Path secretsDir, Consumer<String> progress) {
        if (fromEnvironment.isPresent() && !fromEnvironment.get().isBlank()) {
            return new Pseudonymiser(fromEnvironment.get());
        }
        Path file = secretsDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
                progress.accept("LET OP: nieuwe pseudonimiseringssleutel aangemaakt in " + file.toAbsolutePath()
                        + ". Maak er een reservekopie van en bewaar die veilig: zonder deze sleutel zijn leerlingen"
                        + " niet meer over de jaren te koppelen.");
            }
            return new Pseudonymiser(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "pseudonimiseringssleutel " + file + " kan niet gelezen of aangemaakt worden: " + e.getMessage(),
                    e);
        }
    }

    private static void create(Path file) throws IOException {
        createPrivateFolder(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String text = HexFormat.of().formatHex(random) + "\n";
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own permissions apply
        }
        try {
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            Files.delete(tmp); // another process created it first: use theirs
        }
    }

    /** The secrets folder, created readable by the owner only (0700) before any key is written to it. */
    static void createPrivateFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (dir.getParent() != null) {
            Files.createDirectories(dir.getParent());
        }
        if (!posix) {
            Files.createDirectory(dir); // Windows: the parent folder's permissions apply
            return;
        }
        var ownerOnly = PosixFilePermissions.fromString("rwx------");
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(ownerOnly));
        } catch (FileAlreadyExistsException e) {
            return; // another process created it first
        }
        Files.setPosixFilePermissions(dir, ownerOnly); // whatever the umask
    }
}

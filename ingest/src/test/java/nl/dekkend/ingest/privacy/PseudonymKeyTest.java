package nl.dekkend.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {

    @TempDir
    Path home;

    @Test
    void theFirstKeyIsWrittenIntoAFolderOnlyTheOwnerCanOpen() throws Exception {
        Path secrets = home.resolve("secrets");
        List<String> progress = new ArrayList<>();

        Pseudonymiser first = PseudonymKey.resolve(Optional.empty(), secrets, progress::add);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                .isEqualTo("rwx------");
        Path key = secrets.resolve(PseudonymKey.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(key)).matches("[0-9a-f]{64}\n");
        assertThat(progress).singleElement().asString().startsWith("LET OP: nieuwe pseudonimiseringssleutel");
        // the same key on the next run: the same pupil gets the same pseudonym
        Pseudonymiser again = PseudonymKey.resolve(Optional.empty(), secrets, line -> {});
        assertThat(again.pseudonymise("LL-1")).isEqualTo(first.pseudonymise("LL-1"));
    }
}

package nl.dekkend.ingest.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContractDocsTest {

    private static final Path PAGE = Path.of("BRONNEN.md");

    /** Run with {@code -Ddekkend.updateDocs=true} to rewrite the page after changing a contract. */
    @Test
    void userPageMatchesTheContracts() throws IOException {
        String generated = ContractDocs.markdown(Contracts.load());
        if (Boolean.getBoolean("dekkend.updateDocs") || !Files.exists(PAGE)) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).isEqualTo(generated);
        assertThat(generated)
                .contains("## duo_leerlingen_swv", "| `teldatum` | datum | ja |", "`SO-1`, `SO-2`, `SO-3`");
    }
}

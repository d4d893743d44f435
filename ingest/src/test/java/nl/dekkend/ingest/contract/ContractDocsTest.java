package nl.dekkend.ingest.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The user page {@code ingest/BRONNEN.md} is generated from the contracts and committed. This test fails
 * whenever the page is stale; it never passes by rewriting it. With {@code -Ddekkend.updateDocs=true} it
 * writes the new page and still fails, so the rewrite is reviewed and committed, then the rerun passes.
 */
class ContractDocsTest {

    private static final Path PAGE = Path.of("BRONNEN.md");
    static final String REGENERATE = "./mvnw -q -B -pl ingest test -Dtest=ContractDocsTest -Ddekkend.updateDocs=true";

    @Test
    void userPageMatchesTheContracts() throws IOException {
        String generated = ContractDocs.markdown(Contracts.load());
        assertThat(generated)
                .contains("## duo_leerlingen_swv", "| `teldatum` | datum | ja |", "`SO-1`, `SO-2`, `SO-3`");
        String committed = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        if (committed.equals(generated)) {
            return;
        }
        if (Boolean.getBoolean("dekkend.updateDocs")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
            fail("ingest/BRONNEN.md was stale and has been rewritten from the contracts: review it, commit it and"
                    + " run the tests again.");
        }
        fail("ingest/BRONNEN.md does not match the contracts in src/main/resources/contracts/. Regenerate it with `"
                + REGENERATE + "` (the run writes the page and fails once), review and commit it.");
    }
}

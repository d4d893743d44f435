package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.dekkend.demo.DeliberateProblem;
import nl.dekkend.demo.DemoData;
import nl.dekkend.demo.DemoSummary;
import nl.dekkend.demo.NationalData;
import nl.dekkend.demo.WrittenFile;
import nl.dekkend.ingest.LoadStatus;
import nl.dekkend.ingest.contract.Contracts;
import nl.dekkend.ingest.privacy.Pseudonymiser;
import nl.dekkend.ingest.read.TableReader;
import nl.dekkend.ingest.validate.QuarantineEntry;
import nl.dekkend.ingest.validate.ValidatedFile;
import nl.dekkend.ingest.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo generator knows nothing of ingest; this holds it to ingest's contracts: every file of the
 * demo inbox the demo command writes is read and validated as ingest would, and exactly the deliberate
 * problems the generator documents are refused (the rows it names go to quarantine, the file it names
 * is rejected); every other row is accepted. No Spark: reader and validator only.
 */
class DemoInboxContractTest {

    @TempDir
    Path dir;

    @Test
    void everyDemoFileMeetsItsContractExceptTheDocumentedProblems() throws Exception {
        Path inbox = dir.resolve("inbox");
        meetsTheContracts(inbox, new DemoData(DemoCommand.SEED, 1.0).writeTo(inbox));
    }

    /** PO9901 and PO9902 of the national set, at a tenth of their size: PO9902's is a relabelled region. */
    @Test
    void everyInboxOfTheNationalSetMeetsTheContractsExceptTheDocumentedProblems() throws Exception {
        Path out = dir.resolve("landelijk");
        Map<String, DemoSummary> summaries = new NationalData(DemoCommand.SEED, 0.001, 0.1).writeTo(out, line -> {});

        assertThat(summaries.keySet()).containsExactly("PO9901", "PO9902");
        for (Map.Entry<String, DemoSummary> e : summaries.entrySet()) {
            meetsTheContracts(out.resolve(e.getKey()), e.getValue());
        }
    }

    private static void meetsTheContracts(Path inbox, DemoSummary summary) throws Exception {
        Contracts contracts = Contracts.load();
        Pseudonymiser pseudonymiser = new Pseudonymiser("demo-contract-test-0123456789abcdef");

        assertThat(summary.files()).hasSizeGreaterThan(15);
        assertThat(summary.problems()).isNotEmpty();
        for (WrittenFile file : summary.files()) {
            List<DeliberateProblem> problems = summary.problems().stream()
                    .filter(p -> p.path().equals(file.path()))
                    .toList();
            ValidatedFile result = new Validator(contracts.require(file.bron()), () -> pseudonymiser)
                    .validate(TableReader.read(inbox.resolve(file.path())));

            assertThat(result.rijen()).as(file.path()).isEqualTo(file.rows());
            if (problems.stream().anyMatch(p -> p.row() == 0)) {
                assertThat(result.status())
                        .as(file.path() + ": " + result.melding())
                        .isEqualTo(LoadStatus.AFGEWEZEN);
                continue;
            }
            Set<Integer> expected =
                    problems.stream().map(DeliberateProblem::row).collect(Collectors.toCollection(TreeSet::new));
            Set<Integer> quarantined = result.quarantine().stream()
                    .map(QuarantineEntry::rij)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(quarantined).as(file.path() + ": " + result.melding()).isEqualTo(expected);
            assertThat(result.geladen()).as(file.path()).isEqualTo(file.rows() - expected.size());
            assertThat(result.status())
                    .as(file.path())
                    .isEqualTo(expected.isEmpty() ? LoadStatus.GELADEN : LoadStatus.DEELS_GELADEN);
        }
    }
}

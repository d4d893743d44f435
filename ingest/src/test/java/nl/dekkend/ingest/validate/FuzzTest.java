package nl.dekkend.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.dekkend.ingest.contract.Contract;
import nl.dekkend.ingest.contract.Contracts;
import nl.dekkend.ingest.privacy.Pseudonymiser;
import nl.dekkend.ingest.read.FileReadException;
import nl.dekkend.ingest.read.TableReader;
import org.junit.jupiter.api.Test;

/**
 * Mutates the valid fixtures at random (seeded, so a failure can be replayed) and checks that reading
 * and validating never crashes, that every data row is accounted for, and that every rejection says why.
 */
class FuzzTest {

    private static final long SEED = 20240901L;
    private static final int CASES = 3000;
    private static final byte[] NASTY = ";,\"\n\r\t =+-@<>\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void mutatedFilesNeverCrashAndNothingIsLost() throws IOException {
        Contracts contracts = Contracts.load();
        Pseudonymiser pseudo = new Pseudonymiser("fuzz-sleutel-0123456789abcdef");
        List<Path> fixtures;
        try (var s = Files.list(Path.of("src/test/resources/fixtures/valid"))) {
            fixtures = s.sorted().toList();
        }
        Random random = new Random(SEED);
        int rejected = 0;
        int partial = 0;
        for (int i = 0; i < CASES; i++) {
            Path fixture = fixtures.get(random.nextInt(fixtures.size()));
            String bron = fixture.getFileName().toString().replace(".csv", "");
            Contract contract = contracts.require(bron);
            byte[] bytes = Files.readAllBytes(fixture);
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                bytes = mutate(bytes, random);
            }
            String context =
                    "case " + i + " (" + bron + "): " + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            Validator validator = new Validator(contract, () -> pseudo);
            ValidatedFile f;
            try {
                f = validator.validate(TableReader.read(bron + ".csv", bytes));
            } catch (FileReadException e) {
                f = validator.validate(e);
            }
            assertThat(f.balanced()).as(context).isTrue();
            assertThat(f.melding()).as(context).isNotBlank();
            assertThat(f.quarantine()).as(context).allSatisfy(q -> {
                assertThat(q.reden()).isNotBlank();
                assertThat(q.rij()).isGreaterThanOrEqualTo(2);
            });
            assertThat(f.quarantine().stream()
                            .map(QuarantineEntry::rij)
                            .distinct()
                            .count())
                    .as(context)
                    .isEqualTo(f.quarantaine());
            if (contract.unpivot() == null) {
                assertThat(f.rows()).as(context).hasSize((int) f.geladen());
            }
            if (f.status().equals("afgewezen")) {
                rejected++;
            } else if (f.status().equals("deels_geladen")) {
                partial++;
            }
        }
        // the mutations must actually exercise both paths
        assertThat(rejected).isGreaterThan(50);
        assertThat(partial).isGreaterThan(200);
    }

    static byte[] mutate(byte[] in, Random r) {
        if (in.length == 0) {
            return new byte[] {NASTY[r.nextInt(NASTY.length)]};
        }
        int at = r.nextInt(in.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (r.nextInt(9)) {
            case 0 -> { // delete a byte
                out.write(in, 0, at);
                out.write(in, at + 1, in.length - at - 1);
            }
            case 1 -> { // insert a nasty byte
                out.write(in, 0, at);
                out.write(NASTY[r.nextInt(NASTY.length)]);
                out.write(in, at, in.length - at);
            }
            case 2 -> { // insert a random byte (invalid UTF-8 turns the file into Windows-1252)
                out.write(in, 0, at);
                out.write(r.nextInt(256));
                out.write(in, at, in.length - at);
            }
            case 3 -> { // truncate
                out.write(in, 0, at);
            }
            case 4 -> { // duplicate a line
                List<String> lines = new ArrayList<>(
                        Arrays.asList(new String(in, java.nio.charset.StandardCharsets.ISO_8859_1).split("\n", -1)));
                int l = r.nextInt(lines.size());
                lines.add(l, lines.get(l));
                return String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            case 5 -> { // replace a digit by a letter
                byte[] copy = in.clone();
                for (int k = 0; k < copy.length; k++) {
                    int p = (at + k) % copy.length;
                    if (Character.isDigit(copy[p])) {
                        copy[p] = (byte) ('a' + r.nextInt(26));
                        break;
                    }
                }
                return copy;
            }
            case 6 -> { // swap the separator at one place
                byte[] copy = in.clone();
                copy[at] = copy[at] == ';' ? (byte) ',' : copy[at] == ',' ? (byte) ';' : copy[at];
                return copy;
            }
            case 7 -> { // a long field
                out.write(in, 0, at);
                byte[] big = new byte[1000 + r.nextInt(6000)];
                Arrays.fill(big, (byte) 'x');
                out.write(big, 0, big.length);
                out.write(in, at, in.length - at);
            }
            default -> { // a BOM in front, or in the middle
                out.write(in, 0, r.nextBoolean() ? 0 : at);
                out.write(0xEF);
                out.write(0xBB);
                out.write(0xBF);
                out.write(in, out.size() - 3, in.length - (out.size() - 3));
            }
        }
        return out.toByteArray();
    }
}

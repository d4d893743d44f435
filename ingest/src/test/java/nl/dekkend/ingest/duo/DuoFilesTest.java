package nl.dekkend.ingest.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.dekkend.ingest.contract.Contract;
import nl.dekkend.ingest.contract.Contracts;
import nl.dekkend.ingest.read.FileReadException;
import nl.dekkend.ingest.read.RawTable;
import nl.dekkend.ingest.read.TableReader;
import nl.dekkend.ingest.validate.BronzeRow;
import nl.dekkend.ingest.validate.ValidatedFile;
import nl.dekkend.ingest.validate.Validator;
import org.junit.jupiter.api.Test;

/** The two real DUO files, unmodified, from this module's test resources ({@code src/test/resources/duo}). */
public class DuoFilesTest {

    public static final Path DUO = Path.of("src/test/resources/duo");
    public static final Path FILE_02 = DUO.resolve("duo_02_alle_schoolvestigingen_basisonderwijs.csv");
    public static final Path FILE_06 =
            DUO.resolve("duo_06_historisch_overzicht_aantal_leerlingen_per_schoolvestiging.csv");
    static final Contracts CONTRACTS = Contracts.load();

    static ValidatedFile validate(String bron, RawTable table) {
        return new Validator(CONTRACTS.require(bron), () -> {
                    throw new AssertionError("DUO files have no pupil ids");
                })
                .validate(table);
    }

    static Object value(Contract c, BronzeRow row, String column) {
        List<String> names = c.bronzeColumns().stream().map(b -> b.naam()).toList();
        return row.values().get(names.indexOf(column));
    }

    @Test
    void readsAllSchoolvestigingenBasisonderwijs() throws FileReadException {
        RawTable table = TableReader.read(FILE_02);
        assertThat(table.format()).isEqualTo("CSV, Windows-1252, scheidingsteken ;");
        ValidatedFile f = validate("duo_vestigingen_bo", table);
        assertThat(f.quarantine()).isEmpty();
        assertThat(f.status()).isEqualTo("geladen");
        assertThat(f.rijen()).isEqualTo(6122);
        assertThat(f.geladen()).isEqualTo(6122);
        assertThat(f.rows()).hasSize(6122);

        Contract c = CONTRACTS.require("duo_vestigingen_bo");
        // file line 255: Flevoland;20241;32LV;32LV00;Renaissanceschool Almere;Monacostraat;50;1363
        // CG;ALMERE;0034;ALMERE;...;0653312023; ;...
        BronzeRow almere = f.rows().stream()
                .filter(r -> "32LV00".equals(value(c, r, "vestigingscode")))
                .findFirst()
                .orElseThrow();
        assertThat(almere.rij()).isEqualTo(255);
        assertThat(value(c, almere, "vestigingsnaam")).isEqualTo("Renaissanceschool Almere");
        assertThat(value(c, almere, "gemeente_code")).isEqualTo("GM0034");
        assertThat(value(c, almere, "postcode")).isEqualTo("1363CG");
        assertThat(value(c, almere, "bevoegd_gezag_nummer")).isEqualTo("20241");
        assertThat(value(c, almere, "internetadres")).isNull(); // DUO's single-space empty field
        assertThat(value(c, almere, "vakantieregio")).isEqualTo("Noord");
        // file line 256: Windows-1252 'ï' in the denominatie
        assertThat(value(c, f.rows().get(254), "denominatie")).isEqualTo("Hindoeïstisch");
        // file line 2061: "Basisschool ""De Maasparel""" unquotes to Basisschool "De Maasparel"
        assertThat(value(c, f.rows().get(2059), "vestigingsnaam")).isEqualTo("Basisschool \"De Maasparel\"");
    }

    @Test
    void unpivotsTheHistoricalPupilCounts() throws FileReadException {
        RawTable table = TableReader.read(FILE_06);
        assertThat(table.format()).isEqualTo("CSV, UTF-8 met BOM, scheidingsteken ;");
        ValidatedFile f = validate("duo_leerlingen_vestiging", table);
        assertThat(f.quarantine()).isEmpty();
        assertThat(f.rijen()).isEqualTo(9737);
        assertThat(f.geladen()).isEqualTo(9737);
        assertThat(f.rows()).hasSize(9737 * 30); // LEERLINGEN_1996 .. LEERLINGEN_2025

        Contract c = CONTRACTS.require("duo_leerlingen_vestiging");
        // file line 6: 00AR;00AR00;...;41797;1641;MAASGOUW;136;...; LEERLINGEN_2023 (column 36) = 138
        BronzeRow maasparel2023 = f.rows().stream()
                .filter(r -> "00AR00".equals(value(c, r, "vestigingscode"))
                        && Integer.valueOf(2023).equals(value(c, r, "jaar")))
                .findFirst()
                .orElseThrow();
        assertThat(maasparel2023.rij()).isEqualTo(6);
        assertThat(value(c, maasparel2023, "leerlingen")).isEqualTo(138);
        assertThat(value(c, maasparel2023, "gemeente_code")).isEqualTo("GM1641");
        assertThat(value(c, maasparel2023, "soort_vestiging")).isEqualTo("BO");
        assertThat(value(c, maasparel2023, "naam_vestiging")).isEqualTo("BS \"\"De Maasparel\"\"");
        assertThat(maasparel2023.periode()).isEmpty();
        // file line 9: 00AW;00AW02;...;599;...; LEERLINGEN_2023 = 5, 2024 = <5, 2025 = 0
        List<BronzeRow> aw02 = f.rows().stream()
                .filter(r -> "00AW02".equals(value(c, r, "vestigingscode")))
                .toList();
        assertThat(aw02).hasSize(30);
        assertThat(aw02.get(27))
                .satisfies(r -> assertThat(value(c, r, "leerlingen")).isEqualTo(5));
        assertThat(aw02.get(28)).satisfies(r -> {
            assertThat(value(c, r, "jaar")).isEqualTo(2024);
            assertThat(value(c, r, "leerlingen")).isNull();
            assertThat(value(c, r, "is_minder_dan_5")).isEqualTo(Boolean.TRUE);
        });
        assertThat(value(c, aw02.get(0), "gemeente_code")).isEqualTo("GM0599");
        // 762 cells in the file read '<5'
        assertThat(f.rows().stream()
                        .filter(r -> Boolean.TRUE.equals(value(c, r, "is_minder_dan_5")))
                        .count())
                .isEqualTo(762);
    }

    @Test
    void acceptsTheOlderBrinNummerAndVestigingsnummerHeaders() throws IOException, FileReadException {
        List<String> lines =
                Files.readAllLines(FILE_02, Charset.forName("windows-1252")).subList(0, 4);
        String header = lines.get(0)
                .replace("INSTELLINGSCODE", "BRIN NUMMER")
                .replace(";VESTIGINGSCODE;", ";VESTIGINGSNUMMER;");
        String row = lines.get(1).replace(";32JK00;", ";00;");
        String text = header + "\r\n" + row + "\r\n" + lines.get(2) + "\r\n";
        ValidatedFile f =
                validate("duo_vestigingen_bo", TableReader.read("oud.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(f.status()).as(f.melding()).isEqualTo("geladen");
        Contract c = CONTRACTS.require("duo_vestigingen_bo");
        assertThat(f.rows()).extracting(r -> value(c, r, "vestigingscode")).containsExactly("32JK00", "03WU00");
        assertThat(f.rows()).extracting(r -> value(c, r, "instellingscode")).containsExactly("32JK", "03WU");
    }
}

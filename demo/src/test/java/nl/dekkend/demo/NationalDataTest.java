package nl.dekkend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national set on three SWVs (PO9901, PO9902 and one invented) at a twentieth of their size. */
class NationalDataTest {

    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    @TempDir
    static Path temp;

    private static Path out;
    private static Map<String, DemoSummary> summaries;

    @BeforeAll
    static void generate() {
        out = temp.resolve("landelijk");
        summaries = new NationalData(7L, 0.04, 0.05).writeTo(out, line -> {});
    }

    @Test
    void theFractionSelectsThatShareOfTheSwvsAlwaysWithPo9901AndPo9902() {
        assertThat(NationalData.fraction("landelijk")).isEqualTo(1.0);
        assertThat(NationalData.fraction("landelijk:0.05")).isEqualTo(0.05);
        assertThat(NationalData.fraction("landelijk:0,5")).isEqualTo(0.5);
        assertThat(NationalData.fraction("2")).isNull();
        assertThat(new NationalData(1L, 1.0).selection()).hasSize(77);
        // round(0.05 × 77) = 4
        assertThat(new NationalData(1L, 0.05).selection())
                .hasSize(4)
                .extracting(Nation.Swv::code)
                .contains("PO9901", "PO9902");
        assertThat(new NationalData(1L, 0.001).selection())
                .extracting(Nation.Swv::code)
                .containsExactly("PO9901", "PO9902");
        assertThat(summaries.keySet()).hasSize(3).contains("PO9901", "PO9902");
    }

    @Test
    void sameSeedGivesIdenticalBytesInEverySwv() throws IOException {
        Path again = temp.resolve("again");
        new NationalData(7L, 0.04, 0.05).writeTo(again, line -> {});
        for (String swv : summaries.keySet()) {
            assertThat(DemoFiles.hashes(again.resolve(swv))).as(swv).isEqualTo(DemoFiles.hashes(out.resolve(swv)));
        }
        // and the two SWVs draw from different seeds
        assertThat(DemoFiles.hashes(out.resolve("PO9902")).get("tlv/" + PupilFiles.TLV))
                .isNotEqualTo(DemoFiles.hashes(out.resolve("PO9901")).get("tlv/" + PupilFiles.TLV));
    }

    @Test
    void codesAreUniqueAcrossSwvsAndCoordinatesLieInTheNetherlands() throws IOException {
        Map<String, String> owner = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (String swv : summaries.keySet()) {
            Inbox inbox = read(swv);
            for (List<String> r : inbox.gebieden) {
                if (!r.get(2).equals(swv)) {
                    continue; // the demo's Wolderdal-Zuid postcodes in PO9901's file belong to PO9902
                }
                claim(owner, clashes, swv, "gemeente " + r.get(0));
                if (!r.get(3).isEmpty()) {
                    claim(owner, clashes, swv, "postcode " + r.get(3));
                    claim(owner, clashes, swv, "wijk " + r.get(4));
                    assertThat(Double.parseDouble(r.get(8))).as(r.toString()).isBetween(50.75, 53.55);
                    assertThat(Double.parseDouble(r.get(9))).as(r.toString()).isBetween(3.36, 7.23);
                }
            }
            for (String[] r : inbox.scholen) {
                claim(owner, clashes, swv, "vestiging " + r[0]);
                claim(owner, clashes, swv, "bestuur " + r[3]);
                assertThat(Double.parseDouble(r[9])).isBetween(50.75, 53.55);
                assertThat(Double.parseDouble(r[10])).isBetween(3.36, 7.23);
            }
            for (String[] r : inbox.inschrijvingen) {
                if (!blank(r[0])) {
                    claim(owner, clashes, swv, "leerling " + r[0]);
                }
            }
        }
        assertThat(clashes).isEmpty();
        assertThat(owner.keySet().stream().filter(k -> k.startsWith("gemeente ")))
                .hasSize(4 + 4 + 4);
    }

    @Test
    void everyInboxIsSelfConsistent() throws IOException {
        for (String swv : summaries.keySet()) {
            Inbox inbox = read(swv);
            Set<String> vestigingen = column(inbox.scholen, r -> r[0]);
            Set<String> postcodes = new HashSet<>();
            Set<String> gemeenten = new HashSet<>();
            for (List<String> r : inbox.gebieden) {
                postcodes.add(r.get(3));
                gemeenten.add(r.get(0));
            }
            assertThat(inbox.inschrijvingen).as(swv).hasSizeGreaterThan(1_000);
            for (String[] r : inbox.inschrijvingen) {
                assertThat(vestigingen).as(swv + " inschrijving " + r[0]).contains(r[3]);
                assertThat(postcodes).as(swv + " inschrijving " + r[0]).contains(r[2].substring(0, 4));
            }
            for (String[] r : data(DemoFiles.csv(file(swv, "tlv/" + PupilFiles.TLV), CsvDialect.WINDOWS_1252, ";"))) {
                for (int c : new int[] {4, 14}) {
                    if (c < r.length && !r[c].isEmpty()) {
                        assertThat(vestigingen).as(swv + " tlv " + r[0]).contains(r[c]);
                    }
                }
            }
            for (String[] r : data(DemoFiles.csvUtf8(file(swv, "thuiszitters/" + CareFiles.THUISZITTERS), ";"))) {
                assertThat(gemeenten).as(swv + " thuiszitter " + r[0]).contains(r[2]);
            }
            List<List<String>> arrangementen = DemoFiles.xlsx(file(swv, "arrangementen/" + CareFiles.ARRANGEMENTEN));
            for (List<String> r : data(arrangementen)) {
                assertThat(vestigingen).as(swv + " arrangement " + r.get(0)).contains(r.get(2));
            }
            for (String[] r : data(DemoFiles.csvUtf8(file(swv, "sop_ijkpunten/sop_ijkpunten_2015-2025.csv"), ";"))) {
                assertThat(vestigingen).as(swv + " sop").contains(r[0]);
            }
        }
    }

    @Test
    void duoCountsInEveryInboxEqualTheGeneratedPupilsOfEachSwv() throws IOException {
        Map<String, String> hashes = new HashMap<>();
        List<String[]> duo = null;
        for (String swv : summaries.keySet()) {
            hashes.put(swv, DemoFiles.hashes(out.resolve(swv)).get("duo_leerlingen_swv/" + DuoSwvFiles.SWV_FILE));
            duo = DemoFiles.csv(file(swv, "duo_leerlingen_swv/" + DuoSwvFiles.SWV_FILE), CsvDialect.WINDOWS_1252, ";");
        }
        assertThat(hashes.values().stream().distinct()).hasSize(1);
        assertThat(duo).hasSize(1 + 3 * 10);

        long all2024 = 0;
        long sbo2024 = 0;
        for (String swv : summaries.keySet()) {
            Inbox inbox = read(swv);
            Map<String, String> swvOfPostcode = new HashMap<>();
            inbox.gebieden.forEach(r -> swvOfPostcode.put(r.get(3), r.get(2)));
            Map<String, String> soortOfOwnVestiging = new HashMap<>();
            for (String[] r : inbox.scholen) {
                if (swv.equals(swvOfPostcode.get(r[5].substring(0, 4)))) {
                    soortOfOwnVestiging.put(r[0], r[2]);
                }
            }
            for (int year = 2015; year <= 2024; year++) {
                LocalDate teldatum = LocalDate.of(year, 10, 1);
                int bao = 0;
                int sbo = 0;
                for (String[] r : inbox.inschrijvingen) {
                    LocalDate begin = date(r[4]);
                    if (blank(r[0]) || begin == null) {
                        continue; // the deliberately bad rows
                    }
                    boolean active = !begin.isAfter(teldatum)
                            && (r.length <= 5 || r[5].isEmpty() || !date(r[5]).isBefore(teldatum));
                    String soort = soortOfOwnVestiging.get(r[3]);
                    if (active && "BAO".equals(soort)) {
                        bao++;
                    } else if (active && "SBO".equals(soort)) {
                        sbo++;
                    }
                }
                String teldatumText = "1-10-" + year;
                String[] row = duo.stream()
                        .filter(r -> r[0].equals(swv) && r[1].equals(teldatumText))
                        .findFirst()
                        .orElseThrow();
                assertThat(Integer.parseInt(row[2])).as(swv + " bao " + year).isEqualTo(bao);
                assertThat(Integer.parseInt(row[3])).as(swv + " sbo " + year).isEqualTo(sbo);
                assertThat(summaries.get(swv).mainSwvCounts().get(year).bao()).isEqualTo(bao);
                if (year == 2024) {
                    all2024 += bao + sbo;
                    sbo2024 += sbo;
                }
            }
        }
        List<List<String>> landelijk =
                DemoFiles.xlsx(out.resolve("PO9902/duo_landelijk/" + DuoSwvFiles.LANDELIJK_FILE));
        BigDecimal expected =
                BigDecimal.valueOf(sbo2024 * 100).divide(BigDecimal.valueOf(all2024), 2, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(landelijk.get(10).get(1))).isEqualByComparingTo(expected);
    }

    private static void claim(Map<String, String> owner, Set<String> clashes, String swv, String code) {
        String previous = owner.putIfAbsent(code, swv);
        if (previous != null && !previous.equals(swv)) {
            clashes.add(code + " in " + previous + " and " + swv);
        }
    }

    private static Set<String> column(List<String[]> rows, Function<String[], String> value) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(value.apply(r)));
        return out;
    }

    /** The writer quotes an empty value. */
    private static boolean blank(String value) {
        return value.isEmpty() || value.equals("\"\"");
    }

    private static <T> List<T> data(List<T> rows) {
        return rows.subList(1, rows.size());
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, DMY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Path file(String swv, String path) {
        return out.resolve(swv).resolve(path);
    }

    /** The data rows (without header) of one SWV's register files and enrolments. */
    private record Inbox(List<List<String>> gebieden, List<String[]> scholen, List<String[]> inschrijvingen) {}

    private static Inbox read(String swv) throws IOException {
        Path gebiedenFile;
        try (var files = java.nio.file.Files.list(file(swv, "gebieden"))) {
            gebiedenFile = files.findFirst().orElseThrow();
        }
        List<List<String>> gebieden = DemoFiles.xlsx(gebiedenFile).stream()
                .skip(1)
                .map(r -> {
                    List<String> padded = new java.util.ArrayList<>(r);
                    while (padded.size() < 11) {
                        padded.add("");
                    }
                    return padded.stream().map(v -> v == null ? "" : v).toList();
                })
                .toList();
        List<String[]> scholen = DemoFiles.csvUtf8(file(swv, "scholen/scholen_2025.csv"), ",");
        List<String[]> inschrijvingen =
                DemoFiles.csvUtf8(file(swv, "inschrijvingen/" + PupilFiles.INSCHRIJVINGEN), ";");
        return new Inbox(gebieden, data(scholen), data(inschrijvingen));
    }
}

package nl.dekkend.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dekkend.ingest.duo.DuoFilesTest;
import nl.dekkend.lake.SparkSessions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {

    @TempDir
    Path home;

    private final SparkSession spark = SparkSessions.forTests();

    private Path inbox() {
        return home.resolve("inbox");
    }

    private IngestReport run(List<String> progress) {
        IngestConfig config = new IngestConfig(
                inbox(), home.resolve("lake"), home.resolve("secrets"), Optional.of("test-sleutel-0123456789abcdef"));
        return new IngestJob(spark, config).run(progress::add);
    }

    private void put(String bron, String name, String fixture) throws IOException {
        Path dir = Files.createDirectories(inbox().resolve(bron));
        Files.copy(Path.of("src/test/resources/fixtures", fixture), dir.resolve(name));
    }

    private List<Row> table(String name, String orderBy) {
        return spark.read()
                .format("delta")
                .load(home.resolve("lake/bronze").resolve(name).toString())
                .orderBy(orderBy)
                .collectAsList();
    }

    @Test
    void loadsTheWalkingSkeletonSourcesWithOneCommitPerTable() throws IOException {
        put("duo_leerlingen_swv", "2024.csv", "valid/duo_leerlingen_swv.csv");
        put("duo_landelijk", "landelijk.csv", "valid/duo_landelijk.csv");
        Files.createDirectories(inbox().resolve("onbekend"));
        List<String> progress = new ArrayList<>();

        IngestReport report = run(progress);

        assertThat(report.anyRejected()).isFalse();
        assertThat(report.files())
                .extracting(
                        FileLoad::bestand, FileLoad::status, FileLoad::rijen, FileLoad::geladen, FileLoad::quarantaine)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("duo_landelijk/landelijk.csv", "geladen", 2L, 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple("duo_leerlingen_swv/2024.csv", "geladen", 3L, 3L, 0L));
        assertThat(progress)
                .anyMatch(l -> l.startsWith("duo_leerlingen_swv/2024.csv: 3 rijen geladen, 0 in quarantaine"));
        assertThat(progress).anyMatch(l -> l.contains("'onbekend' is geen bekende bron"));

        List<Row> swv = table("duo_leerlingen_swv", "teldatum");
        assertThat(swv).hasSize(3);
        Row first = swv.get(0);
        assertThat(first.getString(first.fieldIndex("swv_code"))).isEqualTo("PO3009");
        assertThat(first.getDate(first.fieldIndex("teldatum")).toString()).isEqualTo("2013-10-01");
        assertThat(first.getInt(first.fieldIndex("bao"))).isEqualTo(16967);
        assertThat(first.getInt(first.fieldIndex("so_cat3"))).isEqualTo(26);
        assertThat(first.getString(first.fieldIndex("_periode"))).isEqualTo("2013-10-01");
        assertThat(first.getInt(first.fieldIndex("_rij"))).isEqualTo(2);
        assertThat(first.getString(first.fieldIndex("_bestand"))).isEqualTo("duo_leerlingen_swv/2024.csv");
        assertThat(swv.get(2).getString(0)).isEqualTo("PO3009");
        assertThat(swv.get(2).getInt(swv.get(2).fieldIndex("_rij"))).isEqualTo(4);

        List<Row> landelijk = table("duo_landelijk", "teldatum");
        assertThat(landelijk.get(0).getDecimal(landelijk.get(0).fieldIndex("sbo_pct")))
                .isEqualByComparingTo(new BigDecimal("2.52"));

        // a table per delivered source, each written by one commit; no table for a source never delivered
        for (String bron : List.of("duo_leerlingen_swv", "duo_landelijk", "_loads")) {
            assertThat(home.resolve("lake/bronze").resolve(bron).resolve("_delta_log"))
                    .isDirectoryContaining("glob:**/00000000000000000000.json")
                    .isDirectoryNotContaining("glob:**/00000000000000000001.json");
        }
        assertThat(home.resolve("lake/bronze/tlv")).doesNotExist();
        List<Row> loads = table("_loads", "bestand");
        assertThat(loads).hasSize(2);
        assertThat(loads.get(1).getString(loads.get(1).fieldIndex("status"))).isEqualTo("geladen");
        assertThat(loads.get(1).getLong(loads.get(1).fieldIndex("rijen"))).isEqualTo(3L);
        assertThat(swv)
                .allMatch(r -> r.getString(r.fieldIndex("_load_id"))
                        .equals(loads.get(1).getString(0)));

        // the same files again: no data written, only the attempt is logged as ongewijzigd
        List<String> again = new ArrayList<>();
        IngestReport second = run(again);
        assertThat(second.files()).extracting(FileLoad::status).containsOnly("ongewijzigd");
        assertThat(second.files()).extracting(FileLoad::geladen).containsOnly(0L);
        List<Row> logged = table("_loads", "klaar_op");
        assertThat(logged).hasSize(4);
        assertThat(logged.subList(2, 4))
                .extracting(r -> r.getString(r.fieldIndex("status")))
                .containsOnly("ongewijzigd");
        assertThat(table("duo_leerlingen_swv", "teldatum")).hasSize(3);
        assertThat(home.resolve("lake/bronze/_quarantine")).doesNotExist();
    }

    @Test
    void readsANationalInboxLoadingDuosFileOnceAndEachSwvsOwnFiles() throws IOException {
        // a table written before the _swv column existed: the run must append to it (schema merge), old rows null
        nl.dekkend.ingest.contract.Contract landelijkContract =
                nl.dekkend.ingest.contract.Contracts.load().get("duo_landelijk").orElseThrow();
        org.apache.spark.sql.types.StructType withoutSwv =
                nl.dekkend.ingest.bronze.BronzeSchemas.bronze(landelijkContract);
        withoutSwv = new org.apache.spark.sql.types.StructType(
                java.util.Arrays.copyOf(withoutSwv.fields(), withoutSwv.fields().length - 1));
        BigDecimal one = new BigDecimal("1.0000");
        spark.createDataFrame(
                        List.of(org.apache.spark.sql.RowFactory.create(
                                java.sql.Date.valueOf("2010-10-01"),
                                one,
                                one,
                                one,
                                one,
                                one,
                                "oud",
                                "duo_landelijk/oud.csv",
                                "hash-oud",
                                2,
                                "2010-10-01",
                                java.sql.Timestamp.valueOf("2024-01-01 00:00:00"))),
                        withoutSwv)
                .write()
                .format("delta")
                .save(home.resolve("lake/bronze/duo_landelijk").toString());
        for (String swv : List.of("PO2001", "PO2002")) {
            put(swv + "/duo_landelijk", "landelijk.csv", "valid/duo_landelijk.csv");
            put(swv + "/tlv", "tlv.csv", "valid/tlv.csv");
        }
        Files.createDirectories(inbox().resolve("PO2002/onbekend"));
        List<String> progress = new ArrayList<>();

        IngestReport report = run(progress);

        // DUO's national file: loaded from the first SWV, the other's identical copy is ongewijzigd; the TLV file
        // has no SWV code, so the same bytes from two SWVs are two loads
        assertThat(report.files())
                .extracting(FileLoad::bestand, FileLoad::status, FileLoad::geladen)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PO2001/duo_landelijk/landelijk.csv", "geladen", 2L),
                        org.assertj.core.groups.Tuple.tuple("PO2002/duo_landelijk/landelijk.csv", "ongewijzigd", 0L),
                        org.assertj.core.groups.Tuple.tuple("PO2001/tlv/tlv.csv", "geladen", 3L),
                        org.assertj.core.groups.Tuple.tuple("PO2002/tlv/tlv.csv", "geladen", 3L));
        assertThat(report.files().get(1).melding())
                .contains("al eerder ingelezen als PO2001/duo_landelijk/landelijk.csv");
        assertThat(progress).anyMatch(l -> l.contains("'PO2002/onbekend' is geen bekende bron"));

        List<Row> landelijk = table("duo_landelijk", "teldatum");
        assertThat(landelijk)
                .extracting(r -> r.getString(r.fieldIndex("_bestand")), r -> r.getString(r.fieldIndex("_swv")))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("duo_landelijk/oud.csv", null),
                        org.assertj.core.groups.Tuple.tuple("PO2001/duo_landelijk/landelijk.csv", "PO2001"),
                        org.assertj.core.groups.Tuple.tuple("PO2001/duo_landelijk/landelijk.csv", "PO2001"));
        List<Row> tlv = table("tlv", "_swv");
        assertThat(tlv)
                .extracting(r -> r.getString(r.fieldIndex("_swv")))
                .containsExactly("PO2001", "PO2001", "PO2001", "PO2002", "PO2002", "PO2002");
        // one commit per bronze table, over both SWVs' folders
        assertThat(home.resolve("lake/bronze/tlv/_delta_log"))
                .isDirectoryContaining("glob:**/00000000000000000000.json")
                .isDirectoryNotContaining("glob:**/00000000000000000001.json");

        // the next run: nothing new; a flat TLV file with the same bytes is a third delivery (the own SWV's)
        put("tlv", "tlv.csv", "valid/tlv.csv");
        IngestReport second = run(new ArrayList<>());
        assertThat(second.files())
                .extracting(FileLoad::bestand, FileLoad::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PO2001/duo_landelijk/landelijk.csv", "ongewijzigd"),
                        org.assertj.core.groups.Tuple.tuple("PO2002/duo_landelijk/landelijk.csv", "ongewijzigd"),
                        org.assertj.core.groups.Tuple.tuple("tlv/tlv.csv", "geladen"),
                        org.assertj.core.groups.Tuple.tuple("PO2001/tlv/tlv.csv", "ongewijzigd"),
                        org.assertj.core.groups.Tuple.tuple("PO2002/tlv/tlv.csv", "ongewijzigd"));
        assertThat(table("tlv", "_rij"))
                .filteredOn(r -> r.isNullAt(r.fieldIndex("_swv")))
                .hasSize(3);
    }

    @Test
    void pseudonymisesAtTheDoorAndLeavesNoRawPupilDataInTheLake() throws IOException {
        put("inschrijvingen", "inschrijvingen.csv", "valid/inschrijvingen.csv");
        put("gebieden", "gebieden.csv", "valid/gebieden.csv");
        put("tlv", "tlv.csv", "valid/tlv.csv");
        Path dir = inbox().resolve("thuiszitters");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("meldingen.csv"),
                "melding_id;leerling_id;gemeente_code;categorie;begindatum\nT-1;LL-900004;34;vrijstelling;1-9-2022\nT-2;LL-900005;34;thuis;1-9-2022\n");
        List<String> progress = new ArrayList<>();
        IngestConfig config =
                new IngestConfig(inbox(), home.resolve("lake"), home.resolve("secrets"), Optional.empty());

        IngestReport report = new IngestJob(spark, config).run(progress::add);

        Path key = home.resolve("secrets/pseudoniem.key");
        assertThat(key).isRegularFile();
        assertThat(java.nio.file.Files.getPosixFilePermissions(key))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(progress.get(1))
                .startsWith("LET OP: nieuwe pseudonimiseringssleutel aangemaakt")
                .contains("reservekopie");
        assertThat(report.files())
                .extracting(FileLoad::bestand, FileLoad::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gebieden/gebieden.csv", "geladen"),
                        org.assertj.core.groups.Tuple.tuple("inschrijvingen/inschrijvingen.csv", "geladen"),
                        org.assertj.core.groups.Tuple.tuple("thuiszitters/meldingen.csv", "deels_geladen"),
                        org.assertj.core.groups.Tuple.tuple("tlv/tlv.csv", "geladen"));

        nl.dekkend.ingest.privacy.Pseudonymiser pseudo =
                new nl.dekkend.ingest.privacy.Pseudonymiser(Files.readString(key));
        List<Row> inschrijvingen = table("inschrijvingen", "_rij");
        assertThat(inschrijvingen)
                .extracting(r -> r.getString(r.fieldIndex("leerling_id")))
                .containsExactly(
                        pseudo.pseudonymise("LL-900001"),
                        pseudo.pseudonymise("LL-900002"),
                        pseudo.pseudonymise("LL-900003"));
        assertThat(inschrijvingen.get(0).getInt(inschrijvingen.get(0).fieldIndex("geboortejaar")))
                .isEqualTo(2015);
        assertThat(inschrijvingen.get(0).getInt(inschrijvingen.get(0).fieldIndex("geboortemaand")))
                .isEqualTo(3);
        assertThat(inschrijvingen.get(0).getString(inschrijvingen.get(0).fieldIndex("postcode4")))
                .isEqualTo("5531");
        assertThat(inschrijvingen.get(0).schema().fieldNames())
                .doesNotContain("geboortedatum", "postcode", "woon_wijk_code");
        List<Row> quarantine = table("_quarantine", "rij");
        assertThat(quarantine).singleElement().satisfies(q -> {
            assertThat(q.getString(q.fieldIndex("kolom"))).isEqualTo("categorie");
            assertThat(q.getString(q.fieldIndex("waarde"))).isEqualTo("thuis");
            assertThat(q.getInt(q.fieldIndex("rij"))).isEqualTo(3);
        });

        List<String> secrets = List.of(
                "LL-900001",
                "LL-900002",
                "LL-900003",
                "LL-900004",
                "LL-900005",
                "14-03-2015",
                "2015-03-14",
                "5531 AB",
                "5531AB",
                "5532AC",
                "1324AB");
        List<Path> files;
        try (var walk = Files.walk(home.resolve("lake"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertThat(content).as(f + " contains " + secret).doesNotContain(secret);
            }
        }
    }

    @Test
    void loadsTheRealDuoFilesKeepsCorrectionsAsNewLoadsAndListsTheLatestLoadPerFile() throws IOException {
        SparkSessions.generatedCode(spark, true); // 292.110 rows: compiling pays
        try {
            loadTheRealDuoFiles();
        } finally {
            SparkSessions.generatedCode(spark, false);
        }
    }

    private void loadTheRealDuoFiles() throws IOException {
        Files.createDirectories(inbox().resolve("duo_vestigingen_bo"));
        Files.createDirectories(inbox().resolve("duo_leerlingen_vestiging"));
        Files.copy(DuoFilesTest.FILE_02, inbox().resolve("duo_vestigingen_bo/02.csv"));
        Files.copy(DuoFilesTest.FILE_06, inbox().resolve("duo_leerlingen_vestiging/06.csv"));
        put("duo_leerlingen_swv", "2013.csv", "valid/duo_leerlingen_swv.csv");
        List<String> progress = new ArrayList<>();

        IngestReport first = run(progress);

        assertThat(first.files())
                .extracting(FileLoad::bestand, FileLoad::rijen, FileLoad::geladen, FileLoad::quarantaine)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("duo_leerlingen_swv/2013.csv", 3L, 3L, 0L),
                        org.assertj.core.groups.Tuple.tuple("duo_leerlingen_vestiging/06.csv", 9737L, 9737L, 0L),
                        org.assertj.core.groups.Tuple.tuple("duo_vestigingen_bo/02.csv", 6122L, 6122L, 0L));
        assertThat(progress)
                .contains(
                        "duo_vestigingen_bo/02.csv: 6.122 rijen geladen, 0 in quarantaine; gelezen als CSV, Windows-1252, scheidingsteken ;");
        var vestigingen = spark.read()
                .format("delta")
                .load(home.resolve("lake/bronze/duo_vestigingen_bo").toString());
        assertThat(vestigingen.count()).isEqualTo(6122L);
        Row almere =
                vestigingen.where("vestigingscode = '32LV00'").collectAsList().get(0);
        assertThat(almere.getString(almere.fieldIndex("gemeente_code"))).isEqualTo("GM0034");
        assertThat(almere.getInt(almere.fieldIndex("_rij"))).isEqualTo(255);
        assertThat(almere.getString(almere.fieldIndex("_periode"))).isEmpty();
        var leerlingen = spark.read()
                .format("delta")
                .load(home.resolve("lake/bronze/duo_leerlingen_vestiging").toString());
        assertThat(leerlingen.count()).isEqualTo(292_110L);
        Row maasparel = leerlingen
                .where("vestigingscode = '00AR00' and jaar = 2023")
                .collectAsList()
                .get(0);
        assertThat(maasparel.getInt(maasparel.fieldIndex("leerlingen"))).isEqualTo(138);
        assertThat(leerlingen.where("is_minder_dan_5").count()).isEqualTo(762L);

        // a corrected file for the same period is a new load; the old rows stay as history
        Files.writeString(
                inbox().resolve("duo_leerlingen_swv/2013-gecorrigeerd.csv"),
                "swv_code;teldatum;bao;sbo;so_cat1;so_cat2;so_cat3;opmerking\nPO3009;01-10-2013;16967;316;186;19;26;\"gecorrigeerd; zie mail\"\nPO3009;31-02-2015;1;2;3;4;5;\n");
        IngestReport second = run(new ArrayList<>());
        assertThat(second.files())
                .extracting(FileLoad::bestand, FileLoad::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "duo_leerlingen_swv/2013-gecorrigeerd.csv", "deels_geladen"),
                        org.assertj.core.groups.Tuple.tuple("duo_leerlingen_swv/2013.csv", "ongewijzigd"),
                        org.assertj.core.groups.Tuple.tuple("duo_leerlingen_vestiging/06.csv", "ongewijzigd"),
                        org.assertj.core.groups.Tuple.tuple("duo_vestigingen_bo/02.csv", "ongewijzigd"));
        List<Row> swv = table("duo_leerlingen_swv", "_geladen_op");
        assertThat(swv).hasSize(4);
        assertThat(swv.stream()
                        .filter(r -> r.getString(r.fieldIndex("_periode")).equals("2013-10-01"))
                        .map(r -> r.getString(r.fieldIndex("_load_id")))
                        .distinct()
                        .count())
                .isEqualTo(2L);

        // the manifest keeps every attempt; the melding names row, column and reason, never the value
        List<nl.dekkend.ingest.bronze.ManifestRow> manifest =
                nl.dekkend.ingest.bronze.Manifest.read(spark, home.resolve("lake"));
        assertThat(manifest).hasSize(7);
        nl.dekkend.ingest.bronze.ManifestRow corrected = manifest.stream()
                .filter(m -> m.bestand().equals("duo_leerlingen_swv/2013-gecorrigeerd.csv"))
                .findFirst()
                .orElseThrow();
        assertThat(corrected.melding())
                .startsWith("1 rij geladen, 1 in quarantaine; rij 3, kolom teldatum: de waarde is geen geldige datum;")
                .doesNotContain("31-02-2015");
        // files read again unchanged show their latest attempt, and which load holds their rows
        assertThat(manifest.get(manifest.size() - 1).melding())
                .startsWith("al eerder ingelezen (load ")
                .endsWith(", status geladen); niets gewijzigd");
    }
}

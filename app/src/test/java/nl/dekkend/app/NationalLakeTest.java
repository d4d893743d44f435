package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.dekkend.ingest.FileLoad;
import nl.dekkend.ingest.IngestConfig;
import nl.dekkend.ingest.IngestJob;
import nl.dekkend.ingest.IngestReport;
import nl.dekkend.lake.SparkSessions;
import nl.dekkend.transform.TransformConfig;
import nl.dekkend.transform.TransformJob;
import nl.dekkend.transform.TransformReport;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two SWVs' inboxes (src/test/resources/national: PO2001 and PO2002, each complete with DUO's national files, its
 * own TLV, finance and reserves files and its region file) ingested as one national inbox into one lake and
 * transformed: DUO's file loads once, the files without SWV code land on the SWV that delivered them, and each
 * SWV's SWV-level indicators equal those of that SWV's inbox run alone in its own lake. Slow (three whole
 * transforms, minutes): enabled with {@code -Ddekkend.slow=true}, as in CI.
 */
@EnabledIfSystemProperty(named = "dekkend.slow", matches = "true")
class NationalLakeTest {

    private static final Path INBOXES = Path.of("src/test/resources/national");

    @TempDir
    static Path home;

    static SparkSession spark;
    static IngestReport nationalLoads;
    static TransformReport national;
    static TransformReport po2001;
    static TransformReport po2002;

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @BeforeAll
    static void runNationalAndEachSwvAlone() {
        // a session of its own, stopped at the end, as every `dekkend run` in this module's tests stops its own
        spark = SparkSessions.create(home.resolve("spark"), "local[2]", 2);
        nationalLoads = ingest(INBOXES, home.resolve("national"));
        national = transform(home.resolve("national"), true);
        for (String swv : List.of("PO2001", "PO2002")) {
            // the SWV's own inbox, flat, as a single installation gets it
            Path alone = home.resolve(swv);
            ingest(INBOXES.resolve(swv), alone);
            TransformReport report = transform(alone, false);
            if (swv.equals("PO2001")) {
                po2001 = report;
            } else {
                po2002 = report;
            }
        }
    }

    private static IngestReport ingest(Path inbox, Path dir) {
        Path copy = dir.resolve("inbox");
        copyTree(inbox, copy);
        IngestConfig config = new IngestConfig(
                copy, dir.resolve("lake"), dir.resolve("secrets"), Optional.of("test-sleutel-0123456789abcdef"));
        return new IngestJob(spark, config).run(line -> {});
    }

    private static TransformReport transform(Path dir, boolean gold) {
        TransformConfig config = new TransformConfig(dir.resolve("lake"), "run1", Optional.empty(), gold);
        return new TransformJob(spark, config).run(line -> {});
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset<Row> exported(TransformReport report, String table) {
        return spark.read().parquet(report.exportDir().resolve(table).toString());
    }

    private static Dataset<Row> gold(String mart) {
        return spark.read()
                .format("delta")
                .load(home.resolve("national/lake/gold").resolve(mart).toString());
    }

    @Test
    void duosNationalFileLoadsOnceAndEachSwvsOwnFilesLoadApart() {
        assertThat(nationalLoads.files())
                .extracting(FileLoad::bestand, FileLoad::status, FileLoad::geladen)
                .contains(
                        tuple("PO2001/duo_landelijk/duo_landelijk.csv", "geladen", 1L),
                        tuple("PO2002/duo_landelijk/duo_landelijk.csv", "ongewijzigd", 0L),
                        tuple("PO2001/duo_leerlingen_swv/duo_leerlingen_swv.csv", "geladen", 2L),
                        tuple("PO2002/duo_leerlingen_swv/duo_leerlingen_swv.csv", "ongewijzigd", 0L),
                        tuple("PO2001/tlv/tlv.csv", "geladen", 2L),
                        tuple("PO2002/tlv/tlv.csv", "geladen", 3L),
                        tuple("PO2001/financien/financien.csv", "geladen", 2L),
                        tuple("PO2002/financien/financien.csv", "geladen", 2L));
        // DUO's counts once in the lake: one row per SWV, not two
        assertThat(gold("fct_leerlingtelling_swv").count()).isEqualTo(2);
    }

    @Test
    void theFilesWithoutSwvCodeLandOnTheSwvThatDeliveredThem() {
        // TLV-1 and TLV-2 exist in both SWVs' files: they stay two SWVs' TLVs
        assertThat(gold("fct_tlv").orderBy("swv_code", "tlv_nummer").collectAsList())
                .extracting(r -> r.getString(r.fieldIndex("swv_code")), r -> r.getString(r.fieldIndex("tlv_nummer")))
                .containsExactly(
                        tuple("PO2001", "TLV-1"),
                        tuple("PO2001", "TLV-2"),
                        tuple("PO2002", "TLV-1"),
                        tuple("PO2002", "TLV-2"),
                        tuple("PO2002", "TLV-3"));
        // baten and lasten as the files state them: PO2001 1.000.000 / 900.000, PO2002 2.000.000 / 2.100.000
        assertThat(gold("fct_financien_jaar").orderBy("swv_code").collectAsList())
                .extracting(
                        r -> r.getString(r.fieldIndex("swv_code")),
                        r -> r.<BigDecimal>getAs("baten").longValueExact(),
                        r -> r.<BigDecimal>getAs("resultaat").longValueExact())
                .containsExactly(tuple("PO2001", 1_000_000L, 100_000L), tuple("PO2002", 2_000_000L, -100_000L));
        assertThat(gold("fct_reserves_jaar").orderBy("swv_code").collectAsList())
                .extracting(
                        r -> r.getString(r.fieldIndex("swv_code")),
                        r -> r.<BigDecimal>getAs("reserve_begin").longValue())
                .containsExactly(tuple("PO2001", 500_000L), tuple("PO2002", 800_000L));
        assertThat(gold("dim_tlv_bereik").orderBy("swv_code").collectAsList())
                .extracting(r -> r.getString(r.fieldIndex("swv_code")))
                .containsExactly("PO2001", "PO2002");
    }

    @Test
    void eachSwvsIndicatorsEqualThoseOfItsInboxAlone() {
        Dataset<Row> all = exported(national, "kpi_values");
        for (String swv : List.of("PO2001", "PO2002")) {
            TransformReport alone = swv.equals("PO2001") ? po2001 : po2002;
            List<Row> inNational = swvRows(all, swv);
            assertThat(inNational)
                    .extracting(r -> r.getString(0))
                    .contains("deelname_sbo", "toeleiding_aanvragen", "fin_baten", "fin_reserve_ultimo");
            assertThat(inNational).containsExactlyInAnyOrderElementsOf(swvRows(exported(alone, "kpi_values"), swv));
        }
        // hand-checked: SBO 20 / (1000 + 20) = 1,96 % and 50 / (2000 + 50) = 2,44 %; TLV requests in 2021-2022:
        // 2 and 3; reserve ultimo 2022 = reserve begin + resultaat: 500.000 + 100.000 and 800.000 - 100.000;
        // signalering = ultimo / signaleringswaarde: 600.000 / 400.000 = 150 % and 700.000 / 1.000.000 = 70 %
        assertThat(value(all, "PO2001", "deelname_sbo", "2022-2023")).isEqualByComparingTo("1.96");
        assertThat(value(all, "PO2002", "deelname_sbo", "2022-2023")).isEqualByComparingTo("2.44");
        assertThat(value(all, "PO2001", "toeleiding_aanvragen", "2021-2022")).isEqualByComparingTo("2");
        assertThat(value(all, "PO2002", "toeleiding_aanvragen", "2021-2022")).isEqualByComparingTo("3");
        assertThat(value(all, "PO2001", "fin_reserve_ultimo", "2022")).isEqualByComparingTo("600000");
        assertThat(value(all, "PO2002", "fin_reserve_ultimo", "2022")).isEqualByComparingTo("700000");
        assertThat(value(all, "PO2001", "fin_reserve_signalering", "2022")).isEqualByComparingTo("150");
        assertThat(value(all, "PO2002", "fin_reserve_signalering", "2022")).isEqualByComparingTo("70");
    }

    private static List<Row> swvRows(Dataset<Row> kpiValues, String swv) {
        return kpiValues
                .filter("niveau = 'swv' and gebied = '" + swv + "'")
                .select("indicator", "periode", "uitsplitsing", "waarde", "teller", "noemer", "onderdrukt", "status")
                .collectAsList();
    }

    private static BigDecimal value(Dataset<Row> kpiValues, String swv, String indicator, String periode) {
        return kpiValues
                .filter("niveau = 'swv' and uitsplitsing = '' and gebied = '" + swv + "' and indicator = '" + indicator
                        + "' and periode = '" + periode + "'")
                .first()
                .getAs("waarde");
    }
}

package nl.dekkend.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dekkend.ingest.contract.Contracts;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {

  @TempDir Path home;

  private final SparkSession spark = TestSpark.session();

  private Path inbox() {
    return home.resolve("inbox");
  }

  private IngestReport run(List<String> progress) {
    IngestConfig config = new IngestConfig(inbox(), home.resolve("lake"), home.resolve("secrets"), Optional.of("test-sleutel-0123456789abcdef"));
    return new IngestJob(spark, config).run(progress::add);
  }

  private void put(String bron, String name, String fixture) throws IOException {
    Path dir = Files.createDirectories(inbox().resolve(bron));
    Files.copy(Path.of("src/test/resources/fixtures", fixture), dir.resolve(name));
  }

  private List<Row> table(String name, String orderBy) {
    return spark.read().format("delta").load(home.resolve("lake/bronze").resolve(name).toString()).orderBy(orderBy).collectAsList();
  }

  @Test
  void loadsTheWalkingSkeletonSourcesAndCreatesEveryTable() throws IOException {
    put("duo_leerlingen_swv", "2024.csv", "valid/duo_leerlingen_swv.csv");
    put("duo_landelijk", "landelijk.csv", "valid/duo_landelijk.csv");
    Files.createDirectories(inbox().resolve("onbekend"));
    List<String> progress = new ArrayList<>();

    IngestReport report = run(progress);

    assertThat(report.anyRejected()).isFalse();
    assertThat(report.files()).extracting(FileLoad::bestand, FileLoad::status, FileLoad::rijen, FileLoad::geladen, FileLoad::quarantaine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("duo_landelijk/landelijk.csv", "geladen", 2L, 2L, 0L),
            org.assertj.core.groups.Tuple.tuple("duo_leerlingen_swv/2024.csv", "geladen", 3L, 3L, 0L));
    assertThat(progress).anyMatch(l -> l.startsWith("duo_leerlingen_swv/2024.csv: 3 rijen geladen, 0 in quarantaine"));
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
    assertThat(landelijk.get(0).getDecimal(landelijk.get(0).fieldIndex("sbo_pct"))).isEqualByComparingTo(new BigDecimal("2.52"));

    for (String bron : Contracts.BRONNEN) {
      assertThat(home.resolve("lake/bronze").resolve(bron).resolve("_delta_log")).isDirectory();
    }
    List<Row> loads = table("_loads", "bestand");
    assertThat(loads).hasSize(2);
    assertThat(loads.get(1).getString(loads.get(1).fieldIndex("status"))).isEqualTo("geladen");
    assertThat(loads.get(1).getLong(loads.get(1).fieldIndex("rijen"))).isEqualTo(3L);
    assertThat(swv).allMatch(r -> r.getString(r.fieldIndex("_load_id")).equals(loads.get(1).getString(0)));

    // the same files again: nothing written
    List<String> again = new ArrayList<>();
    IngestReport second = run(again);
    assertThat(second.files()).extracting(FileLoad::status).containsOnly("ongewijzigd");
    assertThat(table("_loads", "bestand")).hasSize(2);
    assertThat(table("duo_leerlingen_swv", "teldatum")).hasSize(3);
  }
}

package nl.dekkend.dashboard.vergelijking;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison page on a real DuckDB publication: PO3009 among five more SWVs of DUO's file (fixture
 * vergelijking.sql, every figure worked out there by hand), exact for the analist, suppressed for the ledenraad and a
 * gemeente, in HTML, CSV and XLSX alike.
 */
class VergelijkingPageTest {

    @TempDir
    Path warehouseDir;

    private ServingFixture publish() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "vergelijking");
        return fixture;
    }

    @Test
    void showsTheOwnSwvAmongAllAndAmongThoseOfSimilarSize() {
        ServingFixture fixture = publish();
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser analist = TestUser.as(http.getOrigin(), "analist");
            var response = analist.get("/vergelijking");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html)
                    .contains(
                            "<h1>Vergelijking met andere samenwerkingsverbanden</h1>",
                            "PO3009 De Kempen staat in 2014-2015 met 1,75 % op plaats 4 van 6 samenwerkingsverbanden,"
                                    + " oplopend",
                            "Onder de 2 samenwerkingsverbanden van vergelijkbare grootte (17.100 tot 17.500 leerlingen"
                                    + " in BaO en SBO; grootteklasse 1 van 5) is dat plaats 1.",
                            "1,68 %", // median of all
                            "1,91 %", // median of size class 1
                            "1,59 %", // landelijk computed: 2375 / 149600
                            "2,50 %", // landelijk according to DUO
                            "<td class=\"num\">4 van 6</td>",
                            "<td class=\"num\">1 van 2</td>",
                            "aria-current=\"page\">Vergelijking</a>");
            // sorted by value: PO0101 1,00 before PO0105 1,25, PO0103 1,60, PO3009 1,75, PO0102 2,05, PO0104 2,06
            assertThat(html.indexOf(">PO0101<")).isLessThan(html.indexOf(">PO0105<"));
            assertThat(html.indexOf(">PO0105<")).isLessThan(html.indexOf(">PO0103<"));
            assertThat(html.indexOf(">PO0103<")).isLessThan(html.indexOf("PO3009 De Kempen (eigen)"));
            assertThat(html.indexOf("PO3009 De Kempen (eigen)")).isLessThan(html.indexOf(">PO0102<"));
            assertThat(html.indexOf(">PO0102<")).isLessThan(html.indexOf(">PO0104<"));
            assertThat(row(html, "PO0104"))
                    .contains("<td>ja</td>", "17.500", "2,06 %", "<td class=\"num\">6</td>"); // similar size
            assertThat(row(html, "PO0102")).contains("<td>nee</td>", "<td class=\"num\">5</td>");

            String cat2 = analist.get("/vergelijking?indicator=deelname_so_cat2&periode=2014-2015")
                    .body()
                    .string();
            assertThat(row(cat2, "PO0103")).contains("0,02 %", "<td class=\"num\">1</td>", "25.000");
            assertThat(cat2).contains("0,08 %", "0,11 %", "0,10 %");

            // the deelname pages link here
            assertThat(analist.get("/deelname").body().string()).contains("href=\"/vergelijking\"");
            assertThat(analist.get("/indicatoren/deelname_so_cat2").body().string())
                    .contains("href=\"/vergelijking?indicator=deelname_so_cat2\"");
            assertThat(analist.get("/indicatoren/bekostiging_normatief_zwaar")
                            .body()
                            .string())
                    .doesNotContain("/vergelijking?indicator=");
            assertThat(analist.get("/vergelijking?indicator=bestaat_niet").code())
                    .isEqualTo(400);
            assertThat(analist.get("/vergelijking?indicator=deelname_sbo&periode=1999-2000")
                            .code())
                    .isEqualTo(400);
        });
    }

    @Test
    void aHiddenCellStaysHiddenAndPlacesCountOnlyTheShownSwvs() {
        ServingFixture fixture = publish();
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            for (String account : List.of("ledenraad", "gemeente", "bestuur")) {
                TestUser user = TestUser.as(http.getOrigin(), account);
                var response = user.get("/vergelijking?indicator=deelname_so_cat2&periode=2014-2015");
                String html = response.body().string();
                assertThat(response.code()).as(account).isEqualTo(200);
                assertThat(html)
                        .as(account)
                        .contains(
                                "Het cijfer van PO3009 De Kempen voor deelname so categorie 2 in 2014-2015 is"
                                        + " onderdrukt",
                                "2 samenwerkingsverband(en) niet getoond",
                                "0,15 %", // median of the four shown
                                "0,10 %"); // landelijk: safe, two cells hidden
                // PO0103 (6 pupils) is hidden too: else landelijk minus the shown SWVs would give PO3009's 4
                assertThat(row(html, "PO0103")).as(account).contains("&lt; 5").doesNotContain("0,02", "25.000");
                assertThat(row(html, "PO3009")).as(account).contains("&lt; 5").doesNotContain("0,02", "17.100");
                assertThat(html).as(account).doesNotContain("0,08 %", "0,11 %"); // the medians of all six
                assertThat(row(html, "PO0104")).as(account).contains("<td class=\"num\">3</td>", "0,20 %");
                assertThat(chartJson(html))
                        .as(account)
                        .doesNotContain("PO0103", "PO3009")
                        .contains("PO0104");

                String csv = new String(
                        user.bytes("/vergelijking?indicator=deelname_so_cat2&periode=2014-2015&formaat=csv"),
                        StandardCharsets.UTF_8);
                assertThat(csv).as(account).contains("2014-2015;;;PO0103;nee;;;;;;;ja");
                assertThat(csv).as(account).contains("2014-2015;;;PO3009;ja;;;;;;;ja");
                assertThat(csv).as(account).contains("2014-2015;3;4;PO0104;nee;nee;17500;1;35;17500;0,20;nee");

                byte[] xlsx = user.bytes("/vergelijking?indicator=deelname_so_cat2&periode=2014-2015&formaat=xlsx");
                try (ReadableWorkbook workbook =
                        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
                    List<Row> rows = workbook.getFirstSheet().read();
                    Row po0103 = rows.stream()
                            .filter(r -> "PO0103".equals(r.getCellText(3)))
                            .findFirst()
                            .orElseThrow();
                    for (int c : new int[] {1, 2, 6, 7, 8, 9, 10}) {
                        assertThat(po0103.getCellText(c))
                                .as(account + " column " + c)
                                .isEmpty();
                    }
                    assertThat(po0103.getCellText(11)).isEqualTo("ja");
                    Row po0104 = rows.stream()
                            .filter(r -> "PO0104".equals(r.getCellText(3)))
                            .findFirst()
                            .orElseThrow();
                    assertThat(po0104.getCellAsNumber(10).orElseThrow()).isEqualByComparingTo(new BigDecimal("0.20"));
                }
            }
        });
    }

    /** The table row of an SWV (the one whose row header names it). */
    private static String row(String html, String swv) {
        Matcher m = Pattern.compile(
                        "<tr[^>]*>\\s*<td class=\"num\">[^<]*</td>\\s*<th scope=\"row\">(<strong>)?" + swv
                                + "[^<]*(</strong>)?</th>.*?</tr>",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("row of " + swv).isTrue();
        return m.group();
    }

    private static String chartJson(String html) {
        Matcher m = Pattern.compile(
                        "<script type=\"application/json\" id=\"chart-vergelijking-data\">(.*?)</script>",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}

package nl.dekkend.dashboard.deelname;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeelnamePageTest {

    private static final Pattern CHART_JSON = Pattern.compile(
            "<script type=\"application/json\" id=\"chart-deelname-data\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    Path warehouseDir;

    @Test
    void showsTheWorkedExampleInDutchFormatting() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/deelname");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html)
                    .contains(
                            "<h1>Deelname SBO en SO</h1>",
                            "2013-2014",
                            "2014-2015",
                            "1,83 %",
                            "1,34 %",
                            "1,08 %",
                            "0,11 %",
                            "0,15 %",
                            "3,16 %",
                            "17.283",
                            "316",
                            "2,56 %",
                            "≤ 3,00 %",
                            "Oranje: aandacht nodig", // 3,16 %: above the norm of 3 %, below the grens of 3,5 %
                            "Groen: voldoet aan de norm",
                            "PO3009 De Kempen");
            assertThat(html).contains("Deelnamepercentage SBO", "Deelname SO categorie 3"); // labels from the catalog
            assertThat(html).doesNotContain("Landelijke cijfers ontbreken");
        });
    }

    @Test
    void suppressedCellsShowLessThanFiveAndNeverTheirFigure() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/deelname").body().string();
            assertThat(html).contains("&lt; 5", "onderdrukt: minder dan 5 leerlingen");
            assertThat(html).doesNotContain("0,02 %");
            JsonNode cat2 = series(html, "Deelname SO categorie 2");
            assertThat(cat2.get(0).decimalValue()).isEqualByComparingTo("0.11");
            assertThat(cat2.get(1).isNull()).isTrue();
        });
    }

    @Test
    void embedsTheChartSeriesForSwvAndLandelijk() throws Exception {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/deelname").body().string();
            JsonNode option = chartOption(html);
            assertThat(texts(option.at("/xAxis").isArray() ? option.at("/xAxis/0/data") : option.at("/xAxis/data")))
                    .containsExactly("2013-2014", "2014-2015");
            assertThat(decimals(series(html, "Deelnamepercentage SBO"))).containsExactly("1.83", "1.75");
            assertThat(decimals(series(html, "Deelname SBO + SO"))).containsExactly("3.16", "2.98");
            assertThat(decimals(series(html, "Deelnamepercentage SBO (landelijk)")))
                    .containsExactly("2.56", "2.5");
            JsonNode landelijk = seriesNode(option, "Deelnamepercentage SBO (landelijk)");
            assertThat(landelijk.at("/lineStyle/type").asText()).isEqualTo("dashed");
            assertThat(seriesNode(option, "Deelname SO categorie 1 (landelijk)"))
                    .isNull();
            assertThat(option.get("series")).hasSize(8); // 6 SWV lines, 2 national ones
            assertThat(html).contains("/static/vendor/echarts/echarts.min.js").doesNotContain("cdn");
        });
    }

    @Test
    void saysWhichFiguresAreMissingAndWhy() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "landelijk_ontbreekt");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            var response = client.get("/deelname");
            String html = response.body().string();
            assertThat(response.code()).isEqualTo(200);
            assertThat(html).contains("Landelijke cijfers ontbreken: de bron duo_landelijk is niet aangeleverd.");
            assertThat(html).contains("1,83 %");
            assertThat(chartOption(html).get("series")).hasSize(6);
        });
    }

    @Test
    void namesTheMissingSourceWhenAnIndicatorHasNoFigures() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009", "swv_leerlingen_ontbreekt");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser client = TestUser.as(http.getOrigin(), "kwaliteitscommissie");
            String html = client.get("/deelname").body().string();
            assertThat(html).contains("Geen gegevens voor Deelnamepercentage SO: bron duo_leerlingen_swv ontbreekt.");
            assertThat(html)
                    .contains("Geen gegevens voor Deelnamepercentage SBO: bron duo_leerlingen_swv ontbreekt"
                            + " en het alternatief duo_leerlingen_vestiging ook.");
            assertThat(html).doesNotContain("chart-deelname-data");
        });
    }

    static JsonNode chartOption(String html) throws Exception {
        Matcher matcher = CHART_JSON.matcher(html);
        assertThat(matcher.find()).as("chart JSON embedded in the page").isTrue();
        return new ObjectMapper().readTree(matcher.group(1));
    }

    static JsonNode series(String html, String name) throws Exception {
        JsonNode node = seriesNode(chartOption(html), name);
        assertThat(node).as("series " + name).isNotNull();
        return node.get("data");
    }

    private static JsonNode seriesNode(JsonNode option, String name) {
        for (JsonNode s : option.get("series")) {
            if (name.equals(s.get("name").asText())) {
                return s;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }

    private static List<String> decimals(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(
                n.isNull() ? null : n.decimalValue().stripTrailingZeros().toPlainString()));
        return result;
    }
}

package nl.dekkend.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EChartsOptionsTest {

    private static final ChartSpec SPEC = new ChartSpec(
            "Deelname",
            List.of("2013-2014", "2014-2015"),
            List.of(
                    new ChartSeries(
                            "SBO <script>", List.of(new BigDecimal("1.83"), new BigDecimal("1.75")), "#1f5fa8", false),
                    new ChartSeries("SBO (landelijk)", Arrays.asList(new BigDecimal("2.56"), null), "#1f5fa8", true)),
            "%");

    @Test
    void turnsTheSpecIntoALineChartOption() throws Exception {
        JsonNode option = new ObjectMapper().readTree(EChartsOptions.json(SPEC));
        JsonNode xAxis = option.get("xAxis").isArray() ? option.get("xAxis").get(0) : option.get("xAxis");
        assertThat(xAxis.get("data").toString()).isEqualTo("[\"2013-2014\",\"2014-2015\"]");
        JsonNode series = option.get("series");
        assertThat(series).hasSize(2);
        assertThat(series.get(0).get("type").asText()).isEqualTo("line");
        assertThat(series.get(0).get("data").toString()).isEqualTo("[1.83,1.75]");
        assertThat(series.get(1).get("data").toString()).isEqualTo("[2.56,null]");
        assertThat(series.get(1).at("/lineStyle/type").asText()).isEqualTo("dashed");
        assertThat(series.get(0).get("name").asText()).isEqualTo("SBO <script>");
    }

    @Test
    void jsonIsSafeInsideAScriptElement() {
        assertThat(EChartsOptions.json(SPEC)).doesNotContain("<", ">").contains("\\u003cscript\\u003e");
    }

    @Test
    void rejectsASeriesThatDoesNotMatchTheXAxis() {
        assertThatThrownBy(() -> new ChartSpec(
                        "t",
                        List.of("a", "b"),
                        List.of(new ChartSeries("s", List.of(BigDecimal.ONE), "#000", false)),
                        "%"))
                .hasMessageContaining("series s has 1 values for 2 x categories");
    }

    /** A small trend chart keeps its axes: the periods under it and the values beside it. */
    @Test
    void aSparklineShowsItsAxes() throws Exception {
        ChartSpec small =
                new ChartSpec(SPEC.title(), SPEC.x(), SPEC.series(), SPEC.unit(), ChartSpec.Kind.SPARKLINE, null);
        JsonNode option = new ObjectMapper().readTree(EChartsOptions.json(small));
        assertThat(option.path("xAxis").path("show").asBoolean(true)).isTrue();
        assertThat(option.path("yAxis").path("show").asBoolean(true)).isTrue();
        assertThat(option.path("xAxis").path("data").size()).isEqualTo(SPEC.x().size());
        assertThat(option.path("grid").path("containLabel").asBoolean()).isTrue();
    }
}

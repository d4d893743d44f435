package nl.dekkend.dashboard.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarItemStyle;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.marker.MarkLine;
import org.icepear.echarts.components.marker.MarkLine1DDataItem;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;

/**
 * Turns a {@link ChartSpec} into an ECharts option object (echarts-java) and its JSON. Number formatting in
 * the browser (Dutch decimal comma, the unit) is added by {@code static/js/charts.js}, as functions cannot
 * travel in JSON.
 */
public final class EChartsOptions {

    private static final String NORM_COLOR = "#8a1c1c";

    private EChartsOptions() {}

    public static Option option(ChartSpec spec) {
        switch (spec.kind()) {
            case SPARKLINE:
                return sparkline(spec);
            case BAR:
            case STACKED_BAR:
                return bars(spec);
            default:
                return lines(spec);
        }
    }

    /** The option as JSON, safe to place inside {@code <script type="application/json">}. */
    public static String json(ChartSpec spec) {
        String json = new Engine().renderJsonOption(option(spec));
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /**
     * An option echarts-java has no builder for (a step curve on a value axis, a heat map), given as plain maps and
     * lists, as JSON safe inside {@code <script type="application/json">}.
     */
    public static String json(java.util.Map<String, Object> option) {
        try {
            String json = new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsString(option);
            return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Option lines(ChartSpec spec) {
        LineSeries[] series = spec.series().stream().map(EChartsOptions::line).toArray(LineSeries[]::new);
        if (spec.norm() != null && series.length > 0) {
            series[0].setMarkLine(normLine(spec.norm()));
        }
        return new Option()
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setType("plain").setBottom(0))
                .setGrid(new Grid()
                        .setLeft("3%")
                        .setRight("4%")
                        .setTop(30)
                        .setBottom(90)
                        .setContainLabel(true))
                .setXAxis(new CategoryAxis().setData(spec.x().toArray()).setBoundaryGap(false))
                .setYAxis(valueAxis(spec))
                .setSeries(series);
    }

    private static Option sparkline(ChartSpec spec) {
        LineSeries[] series =
                spec.series().stream().map(s -> line(s).setSymbolSize(4)).toArray(LineSeries[]::new);
        return new Option()
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setGrid(new Grid()
                        .setLeft(4)
                        .setRight(30) // the last period's label is centred on the last point: room for its half
                        .setTop(8)
                        .setBottom(4)
                        .setContainLabel(true))
                .setXAxis(new CategoryAxis().setData(spec.x().toArray()).setBoundaryGap(false))
                .setYAxis(new ValueAxis().setScale(true).setSplitNumber(2))
                .setSeries(series);
    }

    private static Option bars(ChartSpec spec) {
        boolean stacked = spec.kind() == ChartSpec.Kind.STACKED_BAR;
        BarSeries[] series = spec.series().stream().map(s -> bar(s, stacked)).toArray(BarSeries[]::new);
        if (spec.norm() != null && series.length > 0) {
            series[0].setMarkLine(normLine(spec.norm()));
        }
        boolean many = spec.x().size() > 6;
        return new Option()
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setType("plain").setBottom(0))
                .setGrid(new Grid()
                        .setLeft("3%")
                        .setRight("4%")
                        .setTop(30)
                        .setBottom(many ? 130 : 90)
                        .setContainLabel(true))
                .setXAxis(new CategoryAxis()
                        .setData(spec.x().toArray())
                        .setAxisLabel(Map.of("interval", 0, "rotate", many ? 40 : 0)))
                .setYAxis(valueAxis(spec))
                .setSeries(series);
    }

    /** The y-axis starts at 0 unless a value is negative (a financial result can be). */
    private static ValueAxis valueAxis(ChartSpec spec) {
        ValueAxis axis = new ValueAxis().setName(spec.unit());
        boolean negative =
                spec.series().stream().flatMap(s -> s.values().stream()).anyMatch(v -> v != null && v.signum() < 0);
        return negative ? axis : axis.setMin(0);
    }

    private static LineSeries line(ChartSeries s) {
        List<BigDecimal> values = s.values();
        LineStyle style = new LineStyle().setColor(s.color()).setWidth(2);
        if (s.dashed()) {
            style.setType("dashed");
        }
        return new LineSeries()
                .setName(s.name())
                .setData(values.toArray())
                .setColor(s.color())
                .setLineStyle(style)
                .setSymbol(s.dashed() ? "emptyCircle" : "circle")
                .setShowSymbol(true)
                .setSymbolSize(7)
                .setConnectNulls(false);
    }

    private static BarSeries bar(ChartSeries s, boolean stacked) {
        BarSeries bar = new BarSeries()
                .setName(s.name())
                .setData(s.values().toArray())
                .setColor(s.color())
                .setItemStyle(new BarItemStyle().setColor(s.color()))
                .setBarMaxWidth(48);
        return stacked ? bar.setStack("totaal") : bar;
    }

    /** The norm as a dashed horizontal line with its label. */
    private static MarkLine normLine(BigDecimal norm) {
        return new MarkLine()
                .setSilent(true)
                .setSymbol("none")
                .setLineStyle(
                        new LineStyle().setColor(NORM_COLOR).setType("dashed").setWidth(2))
                .setData(new Object[] {new MarkLine1DDataItem().setYAxis(norm).setName("Norm")});
    }
}

package nl.dekkend.dashboard.chart;

import java.math.BigDecimal;
import java.util.List;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;

/**
 * Turns a {@link ChartSpec} into an ECharts option object (echarts-java) and its JSON. Number formatting in
 * the browser (Dutch decimal comma, the unit) is added by {@code static/js/charts.js}, as functions cannot
 * travel in JSON.
 */
public final class EChartsOptions {

    private EChartsOptions() {
    }

    public static Option option(ChartSpec spec) {
        LineSeries[] series = spec.series().stream().map(EChartsOptions::line).toArray(LineSeries[]::new);
        return new Option()
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setType("plain").setBottom(0))
                .setGrid(new Grid().setLeft("3%").setRight("4%").setTop(30).setBottom(90).setContainLabel(true))
                .setXAxis(new CategoryAxis().setData(spec.x().toArray()).setBoundaryGap(false))
                .setYAxis(new ValueAxis().setName(spec.unit()).setMin(0))
                .setSeries(series);
    }

    /** The option as JSON, safe to place inside {@code <script type="application/json">}. */
    public static String json(ChartSpec spec) {
        String json = new Engine().renderJsonOption(option(spec));
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
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
}

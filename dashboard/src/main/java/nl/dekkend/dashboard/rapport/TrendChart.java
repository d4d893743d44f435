package nl.dekkend.dashboard.rapport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A trend chart for print, drawn in Java as vector SVG (Batik's {@link SVGGraphics2D}): the value per period as a line
 * with points, the norm of each planperiode as a dashed step line, and each improvement action as a shaded interval
 * with its number. Text is drawn as outlines of the embedded font, so the chart needs no font at render time; the
 * figures themselves stand in the table beside it.
 */
final class TrendChart {

    /** One action as a numbered interval of periods (inclusive). */
    record Interval(int nummer, String van, String tot) {}

    /** The norm line: per period the norm in force there (null where none), and the planperiode it belongs to. */
    record NormPoint(String periode, BigDecimal norm, String planperiode) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 250;
    private static final int LEFT = 70;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 62;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color VALUE = new Color(0x00, 0x4b, 0x87);
    private static final Color NORM = new Color(0x8a, 0x3b, 0x00);
    private static final Color COMPARE = new Color(0x59, 0x59, 0x59);
    private static final Color GRID = new Color(0xd0, 0xd0, 0xd0);
    private static final Color ACTION = new Color(0x00, 0x5a, 0xa0, 40);
    private static final Font BASE = loadFont();

    private TrendChart() {}

    /** The {@code <svg>} element as text, with {@code alt} for the PDF's figure tag. */
    static String svg(
            List<String> periods,
            Map<String, BigDecimal> values,
            List<NormPoint> norms,
            List<Interval> actions,
            String unit,
            int decimalen,
            String alt) {
        SVGGraphics2D g = canvas();
        draw(g, periods, values, "waarde", Map.of(), null, norms, actions, unit, decimalen);
        return finish(g, alt);
    }

    /**
     * Two series over the same periods, without norm or actions: the value (a gemeente's) as the dark line, the
     * comparison (the SWV's) as a grey line with square points; each named in the legend.
     */
    static String svg(
            List<String> periods,
            Map<String, BigDecimal> values,
            String valueLabel,
            Map<String, BigDecimal> compare,
            String compareLabel,
            String unit,
            int decimalen,
            String alt) {
        SVGGraphics2D g = canvas();
        draw(g, periods, values, valueLabel, compare, compareLabel, List.of(), List.of(), unit, decimalen);
        return finish(g, alt);
    }

    private static SVGGraphics2D canvas() {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        SVGGraphics2D g = new SVGGraphics2D(context, true);
        g.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        return g;
    }

    private static String finish(SVGGraphics2D g, String alt) {
        Element root = g.getRoot();
        root.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        root.setAttribute("width", WIDTH + "px");
        root.setAttribute("height", HEIGHT + "px");
        root.setAttribute("alt", alt);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = out.toString();
        // the fragment goes inside the page's HTML: no XML declaration or doctype
        return svg.substring(svg.indexOf("<svg"));
    }

    private static void draw(
            SVGGraphics2D g,
            List<String> periods,
            Map<String, BigDecimal> values,
            String valueLabel,
            Map<String, BigDecimal> compare,
            String compareLabel,
            List<NormPoint> norms,
            List<Interval> actions,
            String unit,
            int decimalen) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int n = Math.max(1, periods.size());
        double step = plotW / n;
        List<BigDecimal> all = new ArrayList<>(values.values());
        all.addAll(compare.values());
        norms.forEach(p -> all.add(p.norm()));
        double max = all.stream()
                .filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(1);
        double min = Math.min(
                0,
                all.stream()
                        .filter(v -> v != null)
                        .mapToDouble(BigDecimal::doubleValue)
                        .min()
                        .orElse(0));
        double tick = niceStep((max - min) / 4);
        double top = Math.ceil(max / tick) * tick;
        double bottom = Math.floor(min / tick) * tick;
        if (top <= bottom) {
            top = bottom + tick;
        }
        double yTop = top;
        double yBottom = bottom;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotH * (yTop - v) / (yTop - yBottom);
        java.util.function.IntToDoubleFunction x = i -> LEFT + step * i + step / 2;

        // action intervals first, under everything else
        Font small = BASE.deriveFont(10f);
        Font label = BASE.deriveFont(11f);
        int k = 0;
        for (Interval a : actions) {
            double labelY = TOP + 12 + 13 * (k++ % 4);
            int from = periods.indexOf(a.van());
            int to = periods.indexOf(a.tot());
            if (from < 0 || to < 0) {
                continue;
            }
            g.setColor(ACTION);
            g.fill(new Rectangle2D.Double(LEFT + step * from, TOP, step * (to - from + 1), plotH));
            g.setColor(VALUE);
            g.setFont(label.deriveFont(Font.BOLD));
            g.drawString("actie " + a.nummer(), (float) (LEFT + step * from + 3), (float) labelY);
        }
        // grid and y labels
        g.setFont(small);
        for (double v = bottom; v <= top + tick / 2; v += tick) {
            double yy = y.applyAsDouble(v);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(new Line2D.Double(LEFT, yy, WIDTH - RIGHT, yy));
            g.setColor(INK);
            String text = nl.dekkend.dashboard.format.DutchFormat.value(
                    BigDecimal.valueOf(v), unit, tick < 1 ? Math.min(2, Math.max(decimalen, 1)) : 0);
            g.drawString(text, LEFT - 6 - g.getFontMetrics().stringWidth(text), (float) yy + 3);
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(LEFT, TOP + plotH, WIDTH - RIGHT, TOP + plotH));
        // x labels: every period, or every other when crowded
        int every = Math.max(1, (periods.size() + 7) / 8);
        for (int i = 0; i < periods.size(); i++) {
            if ((periods.size() - 1 - i) % every != 0) {
                continue;
            }
            String text = periods.get(i);
            int w = g.getFontMetrics().stringWidth(text);
            g.drawString(text, (float) (x.applyAsDouble(i) - w / 2.0), (float) (TOP + plotH + 14));
        }
        // norm step lines, one segment per period, broken where the planperiode changes
        g.setColor(NORM);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        boolean anyNorm = false;
        for (NormPoint p : norms) {
            int i = periods.indexOf(p.periode());
            if (i < 0 || p.norm() == null) {
                continue;
            }
            anyNorm = true;
            double yy = y.applyAsDouble(p.norm().doubleValue());
            g.draw(new Line2D.Double(LEFT + step * i, yy, LEFT + step * (i + 1), yy));
        }
        // the comparison, under the values
        g.setColor(COMPARE);
        g.setStroke(new BasicStroke(1.8f));
        double[] before = null;
        for (int i = 0; i < periods.size(); i++) {
            BigDecimal v = compare.get(periods.get(i));
            if (v == null) {
                before = null;
                continue;
            }
            double[] point = {x.applyAsDouble(i), y.applyAsDouble(v.doubleValue())};
            if (before != null) {
                g.draw(new Line2D.Double(before[0], before[1], point[0], point[1]));
            }
            g.fill(new Rectangle2D.Double(point[0] - 3.5, point[1] - 3.5, 7, 7));
            before = point;
        }
        // the values
        g.setColor(VALUE);
        g.setStroke(new BasicStroke(2.2f));
        double[] prev = null;
        for (int i = 0; i < periods.size(); i++) {
            BigDecimal v = values.get(periods.get(i));
            if (v == null) {
                prev = null;
                continue;
            }
            double[] point = {x.applyAsDouble(i), y.applyAsDouble(v.doubleValue())};
            if (prev != null) {
                g.draw(new Line2D.Double(prev[0], prev[1], point[0], point[1]));
            }
            g.fill(new Ellipse2D.Double(point[0] - 3.5, point[1] - 3.5, 7, 7));
            prev = point;
        }
        // legend below the axis
        double ly = HEIGHT - 22;
        g.setFont(label);
        g.setColor(VALUE);
        g.setStroke(new BasicStroke(2.2f));
        g.draw(new Line2D.Double(LEFT, ly - 4, LEFT + 24, ly - 4));
        g.fill(new Ellipse2D.Double(LEFT + 8.5, ly - 7.5, 7, 7));
        g.setColor(INK);
        g.drawString(valueLabel, LEFT + 30, (float) ly);
        double lx = LEFT + 44 + g.getFontMetrics().stringWidth(valueLabel) + 26;
        if (compareLabel != null) {
            g.setColor(COMPARE);
            g.setStroke(new BasicStroke(1.8f));
            g.draw(new Line2D.Double(lx, ly - 4, lx + 24, ly - 4));
            g.fill(new Rectangle2D.Double(lx + 8.5, ly - 7.5, 7, 7));
            g.setColor(INK);
            g.drawString(compareLabel, (float) (lx + 30), (float) ly);
            lx += 44 + g.getFontMetrics().stringWidth(compareLabel) + 26;
        }
        if (anyNorm) {
            g.setColor(NORM);
            g.setStroke(
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            g.draw(new Line2D.Double(lx, ly - 4, lx + 24, ly - 4));
            g.setColor(INK);
            g.drawString("norm per planperiode", (float) (lx + 30), (float) ly);
            lx += 180;
        }
        if (!actions.isEmpty()) {
            g.setColor(ACTION);
            g.fill(new Rectangle2D.Double(lx, ly - 10, 24, 12));
            g.setColor(INK);
            g.drawString("periode van een verbeteractie (genummerd)", (float) (lx + 30), (float) ly);
        }
    }

    private static double niceStep(double raw) {
        if (raw <= 0 || Double.isNaN(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static Font loadFont() {
        try (InputStream in = TrendChart.class.getResourceAsStream(Pdf.FONT_REGULAR)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load the report font " + Pdf.FONT_REGULAR, e);
        }
    }
}

package nl.dekkend.dashboard.chart;

import java.util.List;

/** Colours for series, dark enough against white (at least 3:1 for graphical objects). */
public final class ChartPalette {

    private static final List<String> COLORS =
            List.of("#1f5fa8", "#b4461b", "#2b7a3d", "#7b3fa0", "#8a6d00", "#a0245a", "#00707a", "#4d4d4d");

    private ChartPalette() {}

    public static String color(int index) {
        return COLORS.get(Math.floorMod(index, COLORS.size()));
    }
}

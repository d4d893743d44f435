package nl.dekkend.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The country's fictional PO samenwerkingsverbanden: 77 SWVs with codes in DUO's pattern ({@code PO} + province
 * number 20–31 + a sequence number), invented names, a province and a size (BaO + SBO pupils on 1-10-2024), from
 * 6.000 to 45.000 and about 1,45 million in all. The demo's PO9901 Lindewaard and PO9902 Wolderdal-Zuid are two of
 * them. Fixed: independent of seed and scale.
 */
public final class Nation {

    /** Size of PO9901 at scale 1 (its BaO + SBO pupils on 1-10-2024, rounded to tens). */
    static final int MAIN_SIZE = 24_340;

    static final int NEIGHBOUR_SIZE = 15_250;
    static final int SMALLEST = 6_000;
    static final int LARGEST = 45_000;
    static final int TOTAL = 1_450_000;

    /** DUO's province numbers, names, centres and how many of the invented SWVs lie in each. */
    private static final Object[][] PROVINCES = {
        {20, "Groningen", 53.22, 6.74, 3},
        {21, "Fryslân", 53.10, 5.80, 4},
        {22, "Drenthe", 52.86, 6.62, 3},
        {23, "Overijssel", 52.40, 6.30, 6},
        {24, "Flevoland", 52.53, 5.60, 2},
        {25, "Gelderland", 52.06, 5.94, 10},
        {26, "Utrecht", 52.08, 5.18, 6},
        {27, "Noord-Holland", 52.58, 4.86, 10},
        {28, "Zuid-Holland", 51.97, 4.52, 12},
        {29, "Zeeland", 51.45, 3.84, 2},
        {30, "Noord-Brabant", 51.56, 5.16, 12},
        {31, "Limburg", 51.20, 5.93, 5},
    };

    private static final String[] FIRST = {
        "Aal", "Beek", "Bram", "Dal", "Eem", "Es", "Ganze", "Hazel", "Heide", "Hoog", "Kamer", "Laar", "Meer", "Nieuw",
        "Peel", "Ram", "Ried", "Schaap", "Steen", "Vlier", "Wester", "Wilder", "Zand", "Zuider", "Vos", "Berk", "Elzen",
        "Hulst", "Krom", "Mol",
    };
    private static final String[] LAST = {
        "dam", "wijk", "veen", "horst", "loo", "broek", "hem", "dijk", "zijl", "kerk", "hoven", "burg", "ingen", "um",
        "rode", "beek", "haar", "sloot", "woude", "lo",
    };

    /** How many place names each invented region needs: its four gemeenten and two villages. */
    static final int PLACES = 6;

    /**
     * One SWV of the country.
     *
     * @param index 0 for PO9901 (the demo region), 1 … 76 for the others: the block of codes of their regions
     *     (PO9902 is 76)
     * @param size BaO + SBO pupils on 1-10-2024
     * @param latitude centre of its region
     * @param places the names of its region's gemeenten and villages (empty for PO9901)
     */
    public record Swv(
            int index,
            String code,
            String naam,
            int size,
            String provincie,
            double latitude,
            double longitude,
            List<String> places) {}

    private static final List<Swv> ALL = build();

    private Nation() {}

    /** Every SWV, ordered by code. */
    public static List<Swv> all() {
        return ALL;
    }

    public static Swv swv(String code) {
        return ALL.stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no SWV " + code));
    }

    /** The random seed of one SWV: the master seed itself for PO9901, so the demo stays as it is. */
    static long seed(long master, String code) {
        if (code.equals(Region.MAIN_SWV)) {
            return master;
        }
        return new SplittableRandom(master * 1_000_003L + code.hashCode()).nextLong();
    }

    private static List<Swv> build() {
        int invented = 0;
        for (Object[] p : PROVINCES) {
            invented += (int) p[4];
        }
        int[] sizes = sizes(invented);
        List<String> names = names((invented + 1) * PLACES);
        List<Swv> all = new ArrayList<>();
        all.add(new Swv(
                0, Region.MAIN_SWV, Region.MAIN_SWV_NAME, MAIN_SIZE, Region.PROVINCIE, 52.5210, 6.2470, List.of()));
        all.add(new Swv(
                invented + 1,
                Region.NEIGHBOUR_SWV,
                Region.NEIGHBOUR_SWV_NAME,
                NEIGHBOUR_SIZE,
                Region.PROVINCIE,
                52.4560,
                6.0500,
                List.copyOf(names.subList(invented * PLACES, (invented + 1) * PLACES))));
        int index = 0;
        for (Object[] p : PROVINCES) {
            int n = (int) p[4];
            for (int j = 0; j < n; j++) {
                List<String> places = names.subList(index * PLACES, (index + 1) * PLACES);
                // spread the regions of a province on a circle of 25 km around its centre
                double angle = 2 * Math.PI * j / n + 0.4 * index;
                double r = n == 1 ? 0 : 25;
                double lat = clamp(Region.latPlusKm((double) p[2], r * Math.sin(angle)), 50.95, 53.35);
                double lon = clamp(Region.lonPlusKm((double) p[3], r * Math.cos(angle)), 3.65, 6.95);
                all.add(new Swv(
                        index + 1,
                        String.format("PO%d%02d", (int) p[0], j + 1),
                        "Passend Onderwijs " + places.get(0),
                        sizes[index],
                        (String) p[1],
                        Region.round6(lat),
                        Region.round6(lon),
                        List.copyOf(places)));
                index++;
            }
        }
        all.sort(Comparator.comparing(Swv::code));
        return List.copyOf(all);
    }

    /**
     * Sizes from {@link #SMALLEST} to {@link #LARGEST} (log-scale, skewed towards small by an exponent found by
     * bisection) so that all SWVs together hold about {@link #TOTAL} pupils; shuffled over the provinces.
     */
    private static int[] sizes(int n) {
        int target = TOTAL - MAIN_SIZE - NEIGHBOUR_SIZE;
        double low = 0.2;
        double high = 5;
        for (int i = 0; i < 60; i++) {
            double gamma = (low + high) / 2;
            if (sum(spread(n, gamma)) > target) {
                low = gamma;
            } else {
                high = gamma;
            }
        }
        int[] sizes = spread(n, (low + high) / 2);
        SplittableRandom random = new SplittableRandom(77L);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = sizes[i];
            sizes[i] = sizes[j];
            sizes[j] = t;
        }
        return sizes;
    }

    private static int[] spread(int n, double gamma) {
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            double u = Math.pow((double) i / (n - 1), gamma);
            sizes[i] = (int) Math.round(SMALLEST * Math.pow((double) LARGEST / SMALLEST, u) / 10) * 10;
        }
        return sizes;
    }

    private static long sum(int[] values) {
        long s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    /** Invented place names (a first part and an ending), shuffled, none equal to a name of the demo region. */
    private static List<String> names(int n) {
        List<String> demo = List.of("Zandhorst", "Vennebroek", "Ravensloo");
        List<String> names = new ArrayList<>();
        for (String f : FIRST) {
            for (String l : LAST) {
                if (!demo.contains(f + l)) {
                    names.add(f + l);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(1_450_000L);
        for (int i = names.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = names.get(i);
            names.set(i, names.get(j));
            names.set(j, t);
        }
        if (names.size() < n) {
            throw new IllegalStateException("too few place names");
        }
        return List.copyOf(names.subList(0, n));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}

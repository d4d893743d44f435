package nl.dekkend.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * {@code duo_leerlingen_swv} and {@code duo_landelijk}: DUO's counts of every SWV of the {@link Nation} (as DUO's
 * national file has them) and the national percentages. PO9901's counts are simulated, the others invented.
 */
final class DuoSwvFiles {

    private final World world;

    DuoSwvFiles(World world) {
        this.world = world;
    }

    static final String SWV_FILE = "duo_leerlingen_swv_2015-2024.csv";
    static final String LANDELIJK_FILE = "duo_landelijk_2015-2024.xlsx";

    /** The demo's files: PO9901 simulated, PO9902 and the rest of the nation invented, national figures invented. */
    void write(Inbox inbox) throws IOException {
        Map<String, SwvCounts[]> counts = new LinkedHashMap<>();
        for (Nation.Swv s : Nation.all()) {
            counts.put(
                    s.code(),
                    switch (s.code()) {
                        case Region.MAIN_SWV -> perYear(world::mainSwvCounts);
                        case Region.NEIGHBOUR_SWV -> perYear(world::neighbourSwvCounts);
                        default -> invented(world.seed(), s);
                    });
        }
        inbox.csv("duo_leerlingen_swv", SWV_FILE, swvTable(counts), CsvDialect.EXCEL_NL);
        inbox.xlsx("duo_landelijk", LANDELIJK_FILE, landelijk(), XlsxFiles.Dates.EXCEL);
    }

    /** The national generator's files: every generated SWV's counts, and the national figures computed from them. */
    static void writeNational(Inbox inbox, Map<String, SwvCounts[]> counts) throws IOException {
        inbox.csv("duo_leerlingen_swv", SWV_FILE, swvTable(counts), CsvDialect.EXCEL_NL);
        inbox.xlsx("duo_landelijk", LANDELIJK_FILE, landelijk(counts), XlsxFiles.Dates.EXCEL);
    }

    private static Table swvTable(Map<String, SwvCounts[]> counts) {
        Table swv = new Table("swv_code", "teldatum", "bao", "sbo", "so_cat1", "so_cat2", "so_cat3");
        for (int year : Calendar.years()) {
            counts.forEach((code, c) -> add(swv, code, year, c[year - Calendar.FIRST_YEAR]));
        }
        return swv;
    }

    /** DUO's national percentages from the SWVs' counts, on BaO + SBO as for one SWV. */
    private static Table landelijk(Map<String, SwvCounts[]> counts) {
        Table table = new Table("teldatum", "sbo_pct", "so_cat1_pct", "so_cat2_pct", "so_cat3_pct", "so_totaal_pct");
        for (int year : Calendar.years()) {
            long all = 0;
            long sbo = 0;
            long[] cats = new long[3];
            for (SwvCounts[] perYear : counts.values()) {
                SwvCounts c = perYear[year - Calendar.FIRST_YEAR];
                all += c.bao() + c.sbo();
                sbo += c.sbo();
                cats[0] += c.soCat1();
                cats[1] += c.soCat2();
                cats[2] += c.soCat3();
            }
            table.row(
                    Calendar.teldatum(year),
                    pct(sbo, all),
                    pct(cats[0], all),
                    pct(cats[1], all),
                    pct(cats[2], all),
                    pct(cats[0] + cats[1] + cats[2], all));
        }
        return table;
    }

    static SwvCounts[] perYear(IntFunction<SwvCounts> counts) {
        return Calendar.years().stream().map(counts::apply).toArray(SwvCounts[]::new);
    }

    /**
     * Counts for an SWV that is not simulated, from its size on 1-10-2024: its own SBO and SO shares spread
     * around the national ones (a few tenths of a percent point), a small trend in pupils and shares, and noise.
     */
    static SwvCounts[] invented(long seed, Nation.Swv swv) {
        SplittableRandom r = new SplittableRandom(Nation.seed(seed, swv.code()));
        double growth = r.nextDouble(-0.012, 0.004);
        double sboShare = 0.0258 + r.nextDouble(-0.009, 0.009);
        double sboTrend = -0.00018 + r.nextDouble(-0.0002, 0.0002);
        double cat1Share = 0.0137 + r.nextDouble(-0.004, 0.004);
        double cat1Trend = 0.00013 + r.nextDouble(-0.0001, 0.0001);
        double cat2Share = 0.00122 + r.nextDouble(-0.0004, 0.0004);
        double cat3Share = 0.00158 + r.nextDouble(-0.0005, 0.0005);
        SwvCounts[] counts = new SwvCounts[Calendar.years().size()];
        for (int year : Calendar.years()) {
            int t = year - Calendar.FIRST_YEAR;
            int all = (int) Math.round(
                    swv.size() * (1 + growth * (year - Calendar.LAST_YEAR)) * (1 + r.nextDouble(-0.003, 0.003)));
            int sbo = (int) Math.round(all * (sboShare + sboTrend * t + r.nextDouble(-0.0006, 0.0006)));
            int cat1 = (int) Math.round(all * (cat1Share + cat1Trend * t + r.nextDouble(-0.0004, 0.0004)));
            int cat2 = (int) Math.round(all * (cat2Share + r.nextDouble(-0.0001, 0.0001)));
            int cat3 = (int) Math.round(all * (cat3Share + r.nextDouble(-0.0001, 0.0001)));
            counts[t] = new SwvCounts(all - sbo, sbo, cat1, cat2, cat3);
        }
        return counts;
    }

    private static void add(Table table, String swv, int year, SwvCounts c) {
        table.row(swv, Calendar.teldatum(year), c.bao(), c.sbo(), c.soCat1(), c.soCat2(), c.soCat3());
    }

    /** National figures from invented national counts, rounded half-up to two decimals as DUO does. */
    private Table landelijk() {
        Table table = new Table("teldatum", "sbo_pct", "so_cat1_pct", "so_cat2_pct", "so_cat3_pct", "so_totaal_pct");
        SplittableRandom r = world.random("landelijk");
        for (int year : Calendar.years()) {
            int t = year - 2015;
            long all = 1_512_000L - 7_500L * t + r.nextInt(-2_000, 2_000);
            long sbo = Math.round(all * (0.0258 - 0.00018 * t + r.nextDouble(-0.00006, 0.00006)));
            long cat1 = Math.round(all * (0.0137 + 0.00013 * t + r.nextDouble(-0.00005, 0.00005)));
            long cat2 = Math.round(all * (0.00122 - 0.00001 * t));
            long cat3 = Math.round(all * (0.00158 - 0.00001 * t));
            table.row(
                    Calendar.teldatum(year),
                    pct(sbo, all),
                    pct(cat1, all),
                    pct(cat2, all),
                    pct(cat3, all),
                    pct(cat1 + cat2 + cat3, all));
        }
        return table;
    }

    static BigDecimal pct(long count, long base) {
        return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }
}

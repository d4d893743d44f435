package nl.dekkend.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/** {@code duo_leerlingen_swv} and {@code duo_landelijk}: DUO's counts and the national percentages. */
final class DuoSwvFiles {

    private final World world;

    DuoSwvFiles(World world) {
        this.world = world;
    }

    void write(Inbox inbox) throws IOException {
        Table swv = new Table("swv_code", "teldatum", "bao", "sbo", "so_cat1", "so_cat2", "so_cat3");
        for (int year : Calendar.years()) {
            add(swv, Region.MAIN_SWV, year, world.mainSwvCounts(year));
            add(swv, Region.NEIGHBOUR_SWV, year, world.neighbourSwvCounts(year));
        }
        inbox.csv("duo_leerlingen_swv", "duo_leerlingen_swv_2015-2024.csv", swv, CsvDialect.EXCEL_NL);
        inbox.xlsx("duo_landelijk", "duo_landelijk_2015-2024.xlsx", landelijk(), XlsxFiles.Dates.EXCEL);
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

package nl.dekkend.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * {@code normbedragen}, {@code financien} (begroting in thousands with {@code bedragen_x}, realisatie in euros,
 * raming for the current year), {@code reserves}, {@code prognoses} and {@code quota}. Income follows the money rules of
 * DOMAIN.md applied to the simulated counts; 2022 ends in a deficit.
 */
final class FinanceFiles {

    static final int DEFICIT_YEAR = 2022;
    private static final double[] INDEX = {1.000, 1.012, 1.018, 1.021, 1.034, 1.025, 1.019, 1.082, 1.043, 1.031, 1.030};
    private static final int[] VEREVENING_PCT = {100, 90, 75, 60, 30, 0};
    private static final String[] SPENDING = {"arrangementen", "expertise", "toeleiding", "organisatie"};
    private static final double[] SHARE = {0.55, 0.20, 0.08, 0.12};
    private static final String[] PROGRAMMA = {
        "1 Ondersteuning in de school",
        "2 Expertise en advies",
        "3 Toeleiding en toewijzing",
        "4 Bestuur en organisatie"
    };

    private final World world;
    private final Map<Integer, Long> resultaat = new LinkedHashMap<>();

    FinanceFiles(World world) {
        this.world = world;
    }

    void write(Inbox inbox) throws IOException {
        inbox.csv("normbedragen", "normbedragen_2015-2025.csv", normbedragen(), CsvDialect.EXCEL_NL);
        Table begroting = finance("begroting", 2016, 2025, true);
        Table realisatie = finance("realisatie", 2016, 2024, false);
        Table raming = finance("raming", 2025, 2025, false);
        inbox.csv("financien", "begroting_2016-2025.csv", begroting, CsvDialect.EXCEL_NL_THOUSANDS);
        inbox.xlsx("financien", "realisatie_2016-2024.xlsx", realisatie, XlsxFiles.Dates.TEXT_ISO);
        inbox.csv("financien", "raming_2025.csv", raming, CsvDialect.BOM_NL);
        inbox.xlsx("reserves", "reserves_2016-2025.xlsx", reserves(), XlsxFiles.Dates.TEXT_ISO);
        inbox.csv("prognoses", "prognoses_tlv_2015-2026.csv", prognoses(), CsvDialect.BOM_NL);
        inbox.csv("quota", "quota_2015-2024.csv", quota(), CsvDialect.BOM_NL);
    }

    /** Normbedrag of a parameter in schooljaar starting {@code year} (2015 … 2025; 2025 is extrapolated). */
    static BigDecimal norm(String parameter, int year) {
        double base = switch (parameter) {
            case "lichte_per_bao" -> 152.30;
            case "zware_per_bao_sbo" -> 324.80;
            case "so_cat1_lt8" -> 9_180;
            case "so_cat1_ge8" -> 7_240;
            case "so_cat2_lt8" -> 14_260;
            case "so_cat2_ge8" -> 12_890;
            case "so_cat3_lt8" -> 20_620;
            case "so_cat3_ge8" -> 18_940;
            case "sbo_per_leerling" -> 4_820;
            case "vereveningsbedrag" -> 612_000;
            case "verevening_pct" -> {
                int i = year - 2015;
                yield i < VEREVENING_PCT.length ? VEREVENING_PCT[i] : 0;
            }
            case "tlv_termijn_dagen" -> 56;
            default -> throw new IllegalArgumentException("parameter: " + parameter);
        };
        if (List.of("vereveningsbedrag", "verevening_pct", "tlv_termijn_dagen").contains(parameter)) {
            return BigDecimal.valueOf((long) base);
        }
        double value = base;
        for (int y = 2016; y <= year; y++) {
            value *= INDEX[y - 2015];
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private Table normbedragen() {
        Table table = new Table("schooljaar", "parameter", "waarde");
        List<String> parameters = List.of(
                "lichte_per_bao",
                "zware_per_bao_sbo",
                "so_cat1_lt8",
                "so_cat1_ge8",
                "so_cat2_lt8",
                "so_cat2_ge8",
                "so_cat3_lt8",
                "so_cat3_ge8",
                "sbo_per_leerling",
                "vereveningsbedrag",
                "verevening_pct",
                "tlv_termijn_dagen");
        for (int year : Calendar.years()) {
            for (String p : parameters) {
                table.row(Calendar.schooljaar(year), p, norm(p, year));
            }
        }
        return table;
    }

    /** Income and obligatory transfers of schooljaar {@code year}/{@code year+1}, on the previous teldatum. */
    private double[] schooljaar(int year) {
        int counted = Math.max(Calendar.FIRST_YEAR, Math.min(Calendar.LAST_YEAR, year - 1));
        SwvCounts c = world.mainSwvCounts(counted);
        double lichte = norm("lichte_per_bao", year).doubleValue() * c.bao();
        double zwaar = norm("zware_per_bao_sbo", year).doubleValue() * (c.bao() + c.sbo());
        double so = 0;
        for (int cat = 1; cat <= 3; cat++) {
            so += world.census().soByResidence(world.region().swv(), counted, cat, false)
                    * norm("so_cat" + cat + "_lt8", year).doubleValue();
            so += world.census().soByResidence(world.region().swv(), counted, cat, true)
                    * norm("so_cat" + cat + "_ge8", year).doubleValue();
        }
        double sbo = Math.max(0, c.sbo() - 0.02 * (c.bao() + c.sbo()))
                * norm("sbo_per_leerling", year).doubleValue();
        double verevening = norm("vereveningsbedrag", year).doubleValue()
                * world.scale()
                * norm("verevening_pct", year).doubleValue()
                / 100;
        return new double[] {lichte, zwaar - verevening, so, sbo};
    }

    /** Kalenderjaar = 7/12 of the schooljaar that ends in it + 5/12 of the one that starts in it. */
    private double[] kalenderjaar(int year) {
        double[] a = schooljaar(year - 1);
        double[] b = schooljaar(year);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = 7.0 / 12 * a[i] + 5.0 / 12 * b[i];
        }
        return out;
    }

    private Table finance(String type, int from, int to, boolean thousands) {
        Table table = thousands
                ? new Table("jaar", "post", "soort", "type", "bedrag", "bedragen_x", "versie", "programma")
                : new Table("jaar", "post", "soort", "type", "bedrag", "versie", "programma");
        SplittableRandom random = world.random("financien-" + type);
        for (int year = from; year <= to; year++) {
            double[] k = kalenderjaar(year);
            double noise = type.equals("begroting") ? 0 : 0.03;
            double lichte = k[0] * (1 + noise * random.nextDouble(-1, 1) / 3);
            double zwaar = k[1] * (1 + noise * random.nextDouble(-1, 1) / 3);
            double so = k[2] * (1 + noise * random.nextDouble(-1, 1));
            double sbo = k[3] * (1 + noise * random.nextDouble(-1, 1));
            double rest = zwaar - so - sbo;
            String versie = type + " " + year + (type.equals("begroting") ? " (vastgesteld)" : "");
            long baten = 0;
            long lasten = 0;
            baten += line(table, thousands, year, "lichte ondersteuning", "baten", type, lichte, versie, null);
            baten += line(table, thousands, year, "zware ondersteuning", "baten", type, zwaar, versie, null);
            lasten +=
                    line(table, thousands, year, "lichte ondersteuning", "lasten", type, lichte, versie, PROGRAMMA[0]);
            lasten += line(table, thousands, year, "SO afdracht", "lasten", type, so, versie, null);
            lasten += line(table, thousands, year, "SBO afdracht", "lasten", type, sbo, versie, null);
            for (int i = 0; i < SPENDING.length; i++) {
                double share = SHARE[i];
                if (type.equals("begroting")) {
                    share *= 1.06; // budgets plan to use some of the reserve
                } else if (i == 0 && year == DEFICIT_YEAR) {
                    share = 0.74; // overspend on arrangementen: the deficit year
                } else {
                    share *= 1 + random.nextDouble(-0.06, 0.03);
                }
                lasten += line(table, thousands, year, SPENDING[i], "lasten", type, rest * share, versie, PROGRAMMA[i]);
            }
            if (type.equals("realisatie")) {
                resultaat.put(year, baten - lasten);
            }
        }
        return table;
    }

    private static long line(
            Table table,
            boolean thousands,
            int year,
            String post,
            String soort,
            String type,
            double euros,
            String versie,
            String programma) {
        long rounded = Math.round(euros);
        if (thousands) {
            BigDecimal k = BigDecimal.valueOf(euros / 1000).setScale(1, RoundingMode.HALF_UP);
            table.row(year, post, soort, type, k, 1000, versie, programma);
            return k.multiply(BigDecimal.valueOf(1000)).longValue();
        }
        table.row(
                year,
                post,
                soort,
                type,
                type.equals("realisatie")
                        ? (Object) rounded
                        : BigDecimal.valueOf(euros).setScale(2, RoundingMode.HALF_UP),
                versie,
                programma);
        return rounded;
    }

    /** Reserve at the start of each year, chained with the realised results; far above the signaleringswaarde. */
    private Table reserves() {
        Table table = new Table("jaar", "reserve_begin", "signaleringswaarde");
        long reserve = Math.round(2_450_000 * world.scale());
        for (int year = 2016; year <= 2025; year++) {
            double[] k = kalenderjaar(year);
            long signalering = Math.max(250_000, Math.round(0.035 * (k[0] + k[1])));
            table.row(year, reserve, signalering);
            reserve += resultaat.getOrDefault(year, 0L);
        }
        return table;
    }

    Map<Integer, Long> resultaat() {
        return Map.copyOf(resultaat);
    }

    /** Forecast new referrals per schooljaar and soort, against the simulated first TLVs. */
    private Table prognoses() {
        Table table = new Table("schooljaar", "soort", "aantal", "bevoegd_gezag_nr");
        SplittableRandom random = world.random("prognoses");
        List<Tlv> first = world.population().tlvs().stream()
                .filter(t -> t.toegekend()
                        && (t.aanvragende() == null || t.aanvragende().soort() == Soort.BAO))
                .toList();
        for (int year = Calendar.FIRST_YEAR; year <= Calendar.LAST_YEAR + 1; year++) {
            for (String soort : List.of("SBO", "SO-1", "SO-2", "SO-3")) {
                int y = Math.min(year, Calendar.LAST_YEAR - 1);
                long actual = first.stream()
                        .filter(t -> t.soort().equals(soort) && Calendar.schoolYearOf(t.besluit()) == y)
                        .count();
                long forecast = Math.max(1, Math.round(actual * random.nextDouble(0.8, 1.25)));
                table.row(Calendar.schooljaar(year), soort, forecast, null);
            }
        }
        return table;
    }

    /**
     * The places in SBO and SO the plan allots to each bestuur per schooljaar: around the places its schools'
     * pupils hold on 1 October (granted TLVs running that day), so some besturen are over their quotum.
     */
    private Table quota() {
        Table table = new Table("schooljaar", "bevoegd_gezag_nr", "soort", "quotum");
        SplittableRandom random = world.random("quota");
        for (int year = Calendar.FIRST_YEAR; year <= Calendar.LAST_YEAR; year++) {
            LocalDate teldatum = LocalDate.of(year, 10, 1);
            Map<String, Long> inUse = new TreeMap<>();
            for (Tlv t : world.population().tlvs()) {
                if (t.toegekend()
                        && t.aanvragende() != null
                        && t.ingang() != null
                        && t.einde() != null
                        && !t.ingang().isAfter(teldatum)
                        && !t.einde().isBefore(teldatum)) {
                    School school = t.aanvragende();
                    Bestuur bestuur = school.bestuurSince() != null && teldatum.isBefore(school.bestuurSince())
                            ? school.previousBestuur()
                            : school.bestuur();
                    String soort = t.soort().equals("SBO") ? "SBO" : "SO";
                    inUse.merge(bestuur.nummer() + ";" + soort, 1L, Long::sum);
                }
            }
            for (Map.Entry<String, Long> e : inUse.entrySet()) {
                String[] key = e.getKey().split(";");
                long quotum = Math.max(1, Math.round(e.getValue() * random.nextDouble(0.8, 1.2)));
                table.row(Calendar.schooljaar(year), key[0], key[1], quotum);
            }
        }
        return table;
    }
}

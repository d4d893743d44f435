package nl.dekkend.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** {@code thuiszitters} and {@code arrangementen}, drawn from the enrolled population. */
final class CareFiles {

    static final String THUISZITTERS = "thuiszitters_2015-2025.csv";
    static final String ARRANGEMENTEN = "arrangementen_2015-2025.xlsx";
    static final String ARRANGEMENTEN_REJECTED = "arrangementen_correctie_2023.csv";

    private static final String[] REDENEN_RELATIEF = {
        "angstklachten",
        "gedragsproblematiek",
        "conflict met school",
        "geen passende plek",
        "wachtlijst SO",
        "zorgproblematiek thuis",
        "schoolweigering",
    };
    private static final String[] REDENEN_ABSOLUUT = {
        "verhuizing, nog niet ingeschreven", "wachtlijst SO", "geen passende plek"
    };
    private static final String[] OPLOSSINGEN = {
        "regulier", "regulier", "regulier", "regulier", "sbo", "sbo", "so", "so", "zorg", "anders"
    };
    private static final String[] SOORTEN = {
        "kind_in_groep", "tos_licht", "tos_medium", "tos_intensief", "oja", "hb", "maatwerk"
    };
    private static final int[] SOORT_WEIGHTS = {35, 12, 8, 3, 10, 17, 15};

    private final World world;
    private final List<DeliberateProblem> problems;
    private final Map<String, Integer> thuiszittersNieuw = new TreeMap<>();
    private int extraPupils;

    CareFiles(World world, List<DeliberateProblem> problems) {
        this.world = world;
        this.problems = problems;
    }

    void write(Inbox inbox) throws IOException {
        inbox.csv("thuiszitters", THUISZITTERS, thuiszitters(), CsvDialect.BOM_ISO);
        Table arrangementen = arrangementen();
        inbox.xlsx("arrangementen", ARRANGEMENTEN, arrangementen, XlsxFiles.Dates.TEXT_DMY);
        Table correction = new Table(arrangementen.header().toArray(String[]::new));
        arrangementen.rows().stream()
                .filter(r -> ((LocalDate) r.get(3)).getYear() == 2023)
                .limit(25)
                .forEach(r -> {
                    List<Object> copy = new ArrayList<>(r);
                    copy.set(0, r.get(0) + "-C");
                    correction.row(copy.toArray());
                });
        inbox.csv("arrangementen", ARRANGEMENTEN_REJECTED, correction.without("vestiging"), CsvDialect.BOM_NL);
        problems.add(new DeliberateProblem(
                "arrangementen/" + ARRANGEMENTEN_REJECTED,
                0,
                "vestiging",
                "",
                "whole file rejected: required column vestiging is missing"));
    }

    Map<String, Integer> thuiszittersNieuw() {
        return Map.copyOf(thuiszittersNieuw);
    }

    /** A few dozen registrations a year: mostly relatief verzuim of enrolled pupils, some never enrolled. */
    private Table thuiszitters() {
        Table table = new Table(
                "melding_id",
                "leerling_id",
                "gemeente_code",
                "categorie",
                "begindatum",
                "einddatum",
                "vrijstelling_artikel",
                "reden",
                "oplossing",
                "gemeld_leerplicht");
        SplittableRandom random = world.random("thuiszitters");
        List<Area> mainAreas =
                world.region().areas().stream().filter(Area::inMainSwv).toList();
        int nextId = world.population().pupils().size() + 1;
        for (int year : Calendar.years()) {
            List<Enrolment> enrolled = world.population().enrolments().stream()
                    .filter(e -> e.activeOn(Calendar.teldatum(year))
                            && e.school().inMainSwv()
                            && e.pupil().ageOn(Calendar.teldatum(year)) >= 5)
                    .toList();
            int n = (int) Math.max(2, Math.round(world.scale() * (24 + 10 * Math.sin(year) + random.nextInt(6))));
            for (int i = 1; i <= n; i++) {
                LocalDate begin = Calendar.between(random, LocalDate.of(year, 8, 20), LocalDate.of(year + 1, 6, 30));
                double kind = random.nextDouble();
                String id;
                String gemeente;
                String categorie;
                String artikel = null;
                String reden;
                int days;
                if (kind < 0.58) {
                    Enrolment e = enrolled.get(random.nextInt(enrolled.size()));
                    id = e.pupil().id();
                    gemeente = e.pupil().home().gemeenteCode();
                    categorie = "langdurig_relatief_verzuim";
                    reden = REDENEN_RELATIEF[random.nextInt(REDENEN_RELATIEF.length)];
                    double d = random.nextDouble();
                    days = d < 0.6
                            ? 14 + random.nextInt(78)
                            : d < 0.88 ? 93 + random.nextInt(270) : 366 + random.nextInt(300);
                } else {
                    id = world.region().pupilId(nextId++);
                    extraPupils++;
                    gemeente = mainAreas.get(random.nextInt(mainAreas.size())).gemeenteCode();
                    if (kind < 0.80) {
                        categorie = "absoluut_verzuim";
                        reden = REDENEN_ABSOLUUT[random.nextInt(REDENEN_ABSOLUUT.length)];
                        days = random.nextDouble() < 0.75 ? 10 + random.nextInt(80) : 93 + random.nextInt(200);
                    } else {
                        categorie = "vrijstelling";
                        double a = random.nextDouble();
                        artikel = a < 0.7 ? "5a" : a < 0.85 ? "5b" : "15";
                        reden = artikel.equals("5a")
                                ? "lichamelijk of psychisch niet geschikt"
                                : artikel.equals("5b") ? "bedenkingen tegen richting" : "onderwijs elders (buitenland)";
                        days = artikel.equals("5a") ? 300 + random.nextInt(500) : 200 + random.nextInt(300);
                    }
                }
                LocalDate end = begin.plusDays(days);
                String oplossing = null;
                if (end.isAfter(Calendar.HORIZON)) {
                    end = null;
                } else if (!categorie.equals("vrijstelling") || random.nextDouble() < 0.5) {
                    oplossing =
                            categorie.equals("vrijstelling") ? "zorg" : OPLOSSINGEN[random.nextInt(OPLOSSINGEN.length)];
                }
                table.row(
                        String.format("TZ-%d-%03d", year, i),
                        id,
                        gemeente,
                        categorie,
                        begin,
                        end,
                        artikel,
                        reden,
                        oplossing,
                        random.nextDouble() < 0.92);
                thuiszittersNieuw.merge(Calendar.schooljaar(year), 1, Integer::sum);
            }
        }
        List<Object> duplicate = new ArrayList<>(table.rows().get(table.size() / 2));
        table.row(duplicate.toArray());
        problems.add(new DeliberateProblem(
                "thuiszitters/" + THUISZITTERS,
                table.size() + 1,
                "melding_id",
                String.valueOf(duplicate.get(0)),
                "row quarantined: duplicate key (same melding twice)"));
        return table;
    }

    int extraPupils() {
        return extraPupils;
    }

    /** Individual arrangements for about 4 % of BaO pupils each year, plus group arrangements per school. */
    private Table arrangementen() {
        Table table = new Table(
                "arrangement_id",
                "soort",
                "vestiging",
                "begindatum",
                "einddatum",
                "leerling_id",
                "aantal_leerlingen",
                "ondersteuningsbehoefte",
                "kosten");
        SplittableRandom random = world.random("arrangementen");
        int seq = 0;
        for (int year : Calendar.years()) {
            LocalDate teldatum = Calendar.teldatum(year);
            for (Enrolment e : world.population().enrolments()) {
                if (e.school().soort() != Soort.BAO
                        || !e.school().inMainSwv()
                        || !e.activeOn(teldatum)
                        || random.nextDouble()
                                >= 0.04 * Math.sqrt(e.pupil().home().referralFactor())) {
                    continue;
                }
                String soort = SOORTEN[weighted(random, SOORT_WEIGHTS)];
                LocalDate begin = teldatum.plusDays(random.nextInt(-30, 90));
                LocalDate end = begin.plusDays(120 + random.nextInt(210));
                if (e.end() != null && end.isAfter(e.end())) {
                    end = e.end();
                }
                table.row(
                        String.format("ARR-%d-%05d", year, ++seq),
                        soort,
                        e.school().vestiging(),
                        begin,
                        end.isAfter(Calendar.HORIZON) ? null : end,
                        e.pupil().id(),
                        1,
                        behoefte(soort, random),
                        BigDecimal.valueOf(kosten(soort, random), 2));
            }
            for (School s : world.schools()) {
                if (s.soort() == Soort.BAO && s.inMainSwv() && s.openOn(teldatum) && random.nextDouble() < 0.15) {
                    LocalDate begin = LocalDate.of(year, 9, 1).plusDays(random.nextInt(60));
                    LocalDate end = LocalDate.of(year + 1, 7, 15);
                    table.row(
                            String.format("ARR-%d-%05d", year, ++seq),
                            "groep_in_school",
                            s.vestiging(),
                            begin,
                            end.isAfter(Calendar.HORIZON) ? null : end,
                            null,
                            6 + random.nextInt(7),
                            random.nextBoolean() ? "gedrag" : "leren",
                            BigDecimal.valueOf(1_500_000 + random.nextInt(1_500_000), 2));
                }
            }
        }
        return table;
    }

    private static String behoefte(String soort, SplittableRandom random) {
        return switch (soort) {
            case "tos_licht", "tos_medium", "tos_intensief" -> "taal_spraak";
            case "oja" -> "onderwijs_zorg";
            case "hb" -> "hoogbegaafdheid";
            case "kind_in_groep" -> random.nextBoolean() ? "gedrag" : "leren";
            default -> new String[] {"gedrag", "leren", "jonge_kind", "lichamelijk"}[random.nextInt(4)];
        };
    }

    private static long kosten(String soort, SplittableRandom random) {
        int base = switch (soort) {
            case "tos_intensief" -> 9_000;
            case "tos_medium", "oja" -> 5_500;
            case "maatwerk" -> 4_000;
            default -> 2_500;
        };
        return (base + random.nextInt(base / 2)) * 100L;
    }

    static int weighted(SplittableRandom random, int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int r = random.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

package nl.dekkend.demo;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** {@code voorzieningen}, {@code inspectie_oordelen} and {@code sop_ijkpunten}. */
final class QualityFiles {

    /** id, naam, ondersteuningsbehoefte, wijk of the host school, capacity at scale 1, demand/capacity, first year. */
    private static final Object[][] VOORZIENINGEN = {
        {"V01", "Taalklas Binnenstad", "taal_spraak", "WK990101", 12, 0.85, 2015},
        {"V02", "Plusklas Idée Centrum", "hoogbegaafdheid", "WK990103", 15, 0.95, 2015},
        {"V03", "Observatiegroep Jonge Kind Lindenhof", "jonge_kind", "WK990103", 8, 1.0, 2019},
        {"V04", "Gedragsgroep Kloosterveld", "gedrag", "WK990104", 10, 1.05, 2015},
        {"V05", "Plusklas Noord", "hoogbegaafdheid", "WK990104", 12, 0.8, 2015},
        {"V06", "TOS-groep Molenkamp", "taal_spraak", "WK990106", 10, 1.6, 2015},
        {"V07", "Onderwijs-zorggroep Beekzicht", "onderwijs_zorg", "WK990107", 8, 1.2, 2017},
        {"V08", "Gedragsgroep Oost", "gedrag", "WK990106", 10, 0.9, 2015},
        {"V09", "Plusklas Zuidwest", "hoogbegaafdheid", "WK990109", 12, 0.9, 2015},
        {"V10", "Leerhuis Oosterbroek", "leren", "WK990201", 10, 0.8, 2015},
        {"V11", "Schakelklas Hemmerveld", "leren", "WK990301", 8, 0.7, 2016},
    };

    static final String[][] IJKPUNTEN = {
        {"beleid", "Visie op ondersteuning"},
        {"beleid", "Schoolondersteuningsprofiel actueel"},
        {"beleid", "Betrokkenheid van ouders"},
        {"onderwijs", "Veilig pedagogisch klimaat"},
        {"onderwijs", "Afstemming van instructie"},
        {"onderwijs", "Handelingsgericht werken"},
        {"onderwijs", "Opbrengstgericht werken"},
        {"onderwijs", "Doorgaande leerlijnen"},
        {"begeleiding", "Leerlingvolgsysteem"},
        {"begeleiding", "Ontwikkelingsperspectief"},
        {"begeleiding", "Warme overdracht"},
        {"organisatie", "Ondersteuningsstructuur"},
        {"organisatie", "Samenwerking met ketenpartners"},
    };
    private static final String[] OLD_STANDARDS = {"8.1", "8.2", "8.3", "9.1", "9.2", "9.3"};
    private static final String[] NEW_STANDARDS = {
        "OP1", "OP2", "OP3", "OP4", "OP6", "SK1", "SK2", "OR1", "KA1", "KA2", "KA3"
    };
    private static final LocalDate NEW_FRAMEWORK = LocalDate.of(2017, 8, 1);

    private final World world;
    private final List<School> mainBao;

    QualityFiles(World world) {
        this.world = world;
        this.mainBao = world.schools().stream()
                .filter(s -> s.soort() == Soort.BAO && s.inMainSwv())
                .toList();
    }

    void write(Inbox inbox) throws IOException {
        inbox.xlsx("voorzieningen", "voorzieningen_2015-2024.xlsx", voorzieningen(), XlsxFiles.Dates.TEXT_ISO);
        inbox.csv("inspectie_oordelen", "inspectie_oordelen_2015-2025.csv", inspectie(), CsvDialect.BOM_NL);
        inbox.csv("sop_ijkpunten", "sop_ijkpunten_2015-2025.csv", sop(), CsvDialect.UTF8_SEMICOLON);
    }

    /** Capacity and waiting list per peildatum. The gap: the TOS-groep's waiting list, no gedrag group in Zuidwest. */
    private Table voorzieningen() {
        Table table = new Table(
                "voorziening_id",
                "naam",
                "ondersteuningsbehoefte",
                "vestiging",
                "peildatum",
                "capaciteit",
                "bezetting",
                "wachtlijst");
        SplittableRandom random = world.random("voorzieningen");
        for (int year : Calendar.years()) {
            for (Object[] v : VOORZIENINGEN) {
                if (year < (int) v[6]) {
                    continue;
                }
                School host = hostIn(world.region().wijk((String) v[3]), Calendar.teldatum(year));
                int capacity = (int) Math.max(1, Math.round((int) v[4] * world.scale()));
                double pressure = (double) v[5] + (v[0].equals("V06") ? 0.08 * (year - 2015) : 0);
                int demand = (int) Math.round(capacity * pressure * (1 + random.nextDouble(-0.15, 0.15)));
                table.row(
                        v[0],
                        world.region().local((String) v[1]),
                        v[2],
                        host.vestiging(),
                        Calendar.teldatum(year),
                        capacity,
                        Math.min(capacity, demand),
                        Math.max(0, demand - capacity));
            }
        }
        return table;
    }

    private School hostIn(String wijk, LocalDate day) {
        return mainBao.stream()
                .filter(s -> s.area().wijkCode().equals(wijk) && s.openOn(day))
                .findFirst()
                .orElse(mainBao.get(0));
    }

    /**
     * A four-yearly onderzoek per vestiging, mostly voldoende. Three stories: one school onvoldoende in 2019 and
     * voldoende after a herstelonderzoek, one zeer zwak in 2023 and one onvoldoende in 2024 (both still open).
     */
    private Table inspectie() {
        Table table = new Table("vestiging", "datum", "oordeel", "soort_onderzoek", "standaard", "standaard_oordeel");
        SplittableRandom random = world.random("inspectie");
        List<School> all = world.schools().stream().filter(School::inMainSwv).toList();
        School recovered = mainBao.get(7 % mainBao.size());
        School zeerZwak = mainBao.get(23 % mainBao.size());
        School onvoldoende = mainBao.get(40 % mainBao.size());
        for (School s : all) {
            boolean special = s.equals(recovered) || s.equals(zeerZwak) || s.equals(onvoldoende);
            for (int year = Calendar.FIRST_YEAR + s.index() % 4; year <= 2024; year += 4) {
                LocalDate date = weekday(LocalDate.of(year, 9, 15).plusDays(random.nextInt(240)));
                if (!s.openOn(date) || (special && year >= 2019)) {
                    continue;
                }
                boolean goed = !date.isBefore(NEW_FRAMEWORK) && random.nextDouble() < 0.15;
                onderzoek(table, s, date, goed ? "goed" : "voldoende", null, random);
            }
        }
        onderzoek(table, recovered, LocalDate.of(2019, 11, 12), "onvoldoende", null, random);
        onderzoek(table, recovered, LocalDate.of(2020, 10, 20), "voldoende", "herstelonderzoek", random);
        onderzoek(table, zeerZwak, LocalDate.of(2023, 3, 14), "zeer_zwak", null, random);
        onderzoek(table, onvoldoende, LocalDate.of(2024, 11, 5), "onvoldoende", null, random);
        return table;
    }

    private void onderzoek(
            Table table, School s, LocalDate date, String oordeel, String soort, SplittableRandom random) {
        boolean newFramework = !date.isBefore(NEW_FRAMEWORK);
        String soortOnderzoek =
                soort != null ? soort : newFramework ? "onderzoek bestuur en scholen" : "vierjaarlijks onderzoek";
        for (String standaard : newFramework ? NEW_STANDARDS : OLD_STANDARDS) {
            String result;
            if (oordeel.equals("zeer_zwak")
                            && List.of("OP2", "OP3", "SK1", "KA1", "KA2").contains(standaard)
                    || oordeel.equals("onvoldoende")
                            && List.of("OP3", "KA1", "KA2").contains(standaard)) {
                result = "onvoldoende";
            } else if (oordeel.equals("goed") && random.nextDouble() < 0.5) {
                result = "goed";
            } else {
                result = oordeel.equals("voldoende") && random.nextDouble() < 0.03 ? "onvoldoende" : "voldoende";
            }
            table.row(s.vestiging(), date, oordeel, soortOnderzoek, standaard, result);
        }
    }

    private static LocalDate weekday(LocalDate date) {
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    /** Self-evaluation per BaO vestiging, schooljaar and ijkpunt; weaker schools have a plan. */
    private Table sop() {
        Table table = new Table("vestiging", "schooljaar", "domein", "ijkpunt", "score", "plan");
        SplittableRandom random = world.random("sop");
        double[] difficulty = new double[IJKPUNTEN.length];
        for (int i = 0; i < difficulty.length; i++) {
            difficulty[i] = random.nextDouble(-0.5, 0.3);
        }
        difficulty[9] = -0.8; // Ontwikkelingsperspectief: the weak spot of the region
        for (School s : mainBao) {
            double quality = random.nextDouble(-0.7, 0.6);
            for (int year : Calendar.years()) {
                if (!s.openOn(Calendar.teldatum(year))) {
                    continue;
                }
                for (int i = 0; i < IJKPUNTEN.length; i++) {
                    double raw = 2.9 + quality + difficulty[i] + 0.04 * (year - 2015) + random.nextDouble(-0.6, 0.6);
                    int score = (int) Math.max(1, Math.min(4, Math.round(raw)));
                    table.row(
                            s.vestiging(),
                            Calendar.schooljaar(year),
                            IJKPUNTEN[i][0],
                            IJKPUNTEN[i][1],
                            score,
                            score <= 2);
                }
            }
        }
        return table;
    }
}

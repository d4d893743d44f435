package nl.dekkend.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Builds the fictional besturen and vestigingen of the region, scaled: scale 1 = 75 BaO, 4 SBO, 3 SO. */
final class SchoolRegister {

    static final LocalDate BESTUUR_CHANGE = LocalDate.of(2020, 8, 1);
    static final LocalDate CLOSING_DAY = LocalDate.of(2021, 7, 31);
    static final LocalDate NEW_SCHOOL_OPENS = LocalDate.of(2018, 8, 1);

    private static final String[][] BESTUREN = {
        {"Stichting Openbaar Primair Onderwijs Lindewaard", "Openbaar"},
        {"Stichting Katholiek Onderwijs Lindewaard en Omstreken", "Rooms-Katholiek"},
        {"Vereniging voor Christelijk Primair Onderwijs Lindewaard", "Protestants-Christelijk"},
        {"Stichting Kindcentra Lindewaard", "Algemeen bijzonder"},
        {"Stichting Openbaar Onderwijs Oosterbroek", "Openbaar"},
        {"Stichting Katholieke Scholen Oosterbroek", "Rooms-Katholiek"},
        {"Stichting Primair Onderwijs Hemmerveld", "Openbaar"},
        {"Vereniging Protestants-Christelijk Onderwijs Hemmerveld", "Protestants-Christelijk"},
        {"Stichting Scholengroep Wolderdal-Noord", "Samenwerking PC, RK"},
        {"Stichting Montessorionderwijs Lindewaard", "Algemeen bijzonder"},
        {"Vereniging Daltononderwijs Lindenhof", "Algemeen bijzonder"},
        {"Stichting Vrije School Lindewaard", "Antroposofisch"},
        {"Stichting Reformatorisch Onderwijs Kloosterveld", "Reformatorisch"},
        {"Stichting Islamitisch Onderwijs Lindewaard", "Islamitisch"},
        {"Vereniging Gereformeerd Onderwijs Vennebroek", "Gereformeerd vrijgemaakt"},
        {"Stichting Jenaplanonderwijs Beekzicht", "Algemeen bijzonder"},
        {"Stichting Interconfessioneel Onderwijs Molenkamp", "Interconfessioneel"},
        {"Stichting Katholiek Onderwijs Hemmerveld", "Rooms-Katholiek"},
        {"Stichting Speciaal Onderwijs Lindewaard", "Algemeen bijzonder"},
        {"Stichting Kindcentra Zandhorst", "Algemeen bijzonder"},
    };
    // Indexes into BESTUREN of the boards that run schools in each gemeente, with weights.
    private static final int[] BOARDS_GM9901 = {0, 1, 2, 3, 9, 10, 11, 12, 13, 14, 15, 16, 19};
    private static final int[] WEIGHTS_GM9901 = {12, 10, 8, 3, 1, 1, 1, 1, 1, 1, 1, 1, 2};
    private static final int[] BOARDS_GM9902 = {4, 5, 2};
    private static final int[] BOARDS_GM9903 = {6, 7, 17};
    private static final int[] BOARDS_GM9904 = {8, 0};
    private static final int SO_BOARD = 18;

    private static final String[] NOUNS = {
        "De Reiger",
        "Het Kompas",
        "De Zwaluw",
        "De Linde",
        "Het Baken",
        "De Wilg",
        "De Esdoorn",
        "Het Anker",
        "De Molenwiek",
        "De Vuurvlinder",
        "De Horizon",
        "Het Palet",
        "De Toverfluit",
        "De Sterrenwacht",
        "Het Klaverblad",
        "De Boomgaard",
        "De Kameleon",
        "Het Vlot",
        "De Speelwei",
        "De Zonnewijzer",
        "De Wegwijzer",
        "Het Mozaïek",
        "De Ontdekking",
        "De Driesprong",
        "De Parel",
        "Het Octaaf",
        "De Windroos",
        "De Bijenkorf",
        "De Vlieger",
        "Het Kristal",
        "De Regenwolk",
        "De Ooievaar",
    };
    private static final String[] STREETS = {
        "Lindelaan", "Kerkstraat", "Schoolstraat", "Molenweg", "Beekstraat", "Reigerlaan", "Esdoornlaan",
        "Wilgenhof", "Brinkweg", "Hoge Dijk", "Voorstraat", "Zandhorsterweg", "Kloosterpad", "Havenkade",
    };
    private static final String[] SBO_PC4 = {"9903", "9907", "9912", "9931"};
    private static final String[] SO_PC4 = {"9905", "9913", "9908"};
    private static final String[] SO_CATEGORIES = {"13", "1", "23"};
    private static final String[] SO_NAMES = {"Het Baken", "De Brug", "De Mytylhof"};

    private final SplittableRandom random;
    private final double scale;
    private final Region region;
    private final List<Area> areas;
    private final int copies;
    private final List<School> schools = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Map<Integer, String> lastBrinOfBoard = new HashMap<>();
    private final Map<String, Integer> vestigingenOfBrin = new HashMap<>();
    private int nextBrin;
    private final List<Bestuur> besturen = new ArrayList<>();

    SchoolRegister(long seed, double scale, Region region) {
        this.random = new SplittableRandom(seed ^ 0x5C400L);
        this.scale = scale;
        this.region = region;
        this.areas = region.areas();
        this.copies = Math.max(1, (int) Math.round(scale));
        for (int k = 0; k < copies; k++) {
            for (int i = 0; i < BESTUREN.length; i++) {
                String naam = region.local(BESTUREN[i][0]) + (k == 0 ? "" : " " + (k + 1));
                besturen.add(new Bestuur(region.bestuurBase() + k * BESTUREN.length + i, naam, BESTUREN[i][1]));
            }
        }
        if (region.hasNeighbour()) {
            besturen.add(new Bestuur(98201, "Stichting Openbaar Onderwijs Wolderdal-Zuid", "Openbaar"));
            besturen.add(new Bestuur(98202, "Stichting Christelijk Onderwijs Ravensloo", "Protestants-Christelijk"));
        }
        build();
    }

    List<School> schools() {
        return List.copyOf(schools);
    }

    private void build() {
        List<Area> main = areas.stream().filter(Area::inMainSwv).toList();
        List<Area> neighbour = areas.stream().filter(a -> !a.inMainSwv()).toList();
        allocate(main, (int) Math.max(3, Math.round(75 * scale)));
        if (!neighbour.isEmpty()) {
            allocate(neighbour, (int) Math.max(1, Math.round(6 * scale)));
        }
        int sbo = (int) Math.max(1, Math.round(4 * scale));
        for (int i = 0; i < sbo; i++) {
            Area area = area(region.pc4(SBO_PC4[i % SBO_PC4.length]));
            Bestuur board = board(new int[] {0, 1, 2, 5}[i % 4]);
            addSchool("SBO " + uniqueNoun(area), Soort.SBO, board, area, year(1968, 1990), "");
        }
        int so = (int) Math.max(1, Math.round(3 * scale));
        for (int i = 0; i < so; i++) {
            Area area = area(region.pc4(SO_PC4[i % SO_PC4.length]));
            String naam =
                    "SO " + SO_NAMES[i % SO_NAMES.length] + " " + area.wijkNaam() + (i < 3 ? "" : " " + (i / 3 + 1));
            addSchool(naam, Soort.SO, board(SO_BOARD), area, year(1970, 1985), SO_CATEGORIES[i % 3]);
        }
        applyHistory();
    }

    private void allocate(List<Area> target, int count) {
        double total = target.stream().mapToDouble(Area::weight).sum();
        int[] n = new int[target.size()];
        double[] rest = new double[target.size()];
        int given = 0;
        for (int i = 0; i < n.length; i++) {
            double exact = count * target.get(i).weight() / total;
            n[i] = (int) Math.floor(exact);
            rest[i] = exact - n[i];
            given += n[i];
        }
        while (given < count) {
            int best = 0;
            for (int i = 1; i < n.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            n[best]++;
            rest[best] = -1;
            given++;
        }
        for (int i = 0; i < n.length; i++) {
            Area area = target.get(i);
            for (int j = 0; j < n[i]; j++) {
                Bestuur board = boardFor(area);
                String naam = prefix(board.denominatie()) + " " + uniqueNoun(area);
                addSchool(naam, Soort.BAO, board, area, year(1950, 2008), "");
            }
        }
    }

    private Bestuur boardFor(Area area) {
        if (!area.inMainSwv()) {
            return besturen.get(besturen.size() - 2 + random.nextInt(2));
        }
        String gemeente = area.gemeenteCode();
        if (gemeente.equals(region.gemeente("GM9901"))) {
            return board(BOARDS_GM9901[weighted(WEIGHTS_GM9901)]);
        } else if (gemeente.equals(region.gemeente("GM9902"))) {
            return board(BOARDS_GM9902[random.nextInt(BOARDS_GM9902.length)]);
        } else if (gemeente.equals(region.gemeente("GM9903"))) {
            return board(BOARDS_GM9903[random.nextInt(BOARDS_GM9903.length)]);
        }
        return board(BOARDS_GM9904[random.nextInt(BOARDS_GM9904.length)]);
    }

    private Bestuur board(int baseIndex) {
        return besturen.get(random.nextInt(copies) * BESTUREN.length + baseIndex);
    }

    private int weighted(int[] weights) {
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

    private String uniqueNoun(Area area) {
        String place = area.wijkNaam();
        if (area.wijkCode().equals(region.wijk("WK990107")) && names.stream().noneMatch(s -> s.contains("Vallée"))) {
            names.add("De Vallée " + place);
            return "De Vallée " + place;
        }
        for (int attempt = 0; ; attempt++) {
            String noun = NOUNS[random.nextInt(NOUNS.length)];
            String candidate = noun + " " + place + (attempt < 50 ? "" : " " + attempt);
            if (names.add(candidate)) {
                return candidate;
            }
        }
    }

    private static String prefix(String denominatie) {
        return switch (denominatie) {
            case "Openbaar" -> "OBS";
            case "Rooms-Katholiek" -> "RKBS";
            case "Protestants-Christelijk" -> "CBS";
            case "Samenwerking PC, RK" -> "SWS";
            case "Antroposofisch" -> "Vrije School";
            case "Reformatorisch", "Gereformeerd vrijgemaakt" -> "GBS";
            case "Islamitisch" -> "IBS";
            case "Interconfessioneel" -> "ICBS";
            default -> "Kindcentrum";
        };
    }

    private LocalDate year(int from, int to) {
        return LocalDate.of(from + random.nextInt(to - from + 1), 8, 1);
    }

    private Area area(String pc4) {
        return areas.stream().filter(a -> a.pc4().equals(pc4)).findFirst().orElseThrow();
    }

    private void addSchool(String naam, Soort soort, Bestuur board, Area area, LocalDate opened, String soCats) {
        String vestiging = nextVestiging(board);
        String postcode = area.pc4() + " " + letters();
        double lat = Region.round6(Region.latPlusKm(area.latitude(), random.nextDouble(-0.5, 0.5)));
        double lon = Region.round6(Region.lonPlusKm(area.longitude(), random.nextDouble(-0.5, 0.5)));
        String straat = STREETS[random.nextInt(STREETS.length)];
        String nummer = String.valueOf(1 + random.nextInt(180)) + (random.nextInt(8) == 0 ? "-A" : "");
        schools.add(new School(
                schools.size(),
                vestiging,
                naam,
                soort,
                board,
                null,
                null,
                area,
                postcode,
                straat,
                nummer,
                lat,
                lon,
                opened,
                null,
                soCats));
    }

    private String nextVestiging(Bestuur board) {
        String last = lastBrinOfBoard.get(board.nummer());
        if (last != null && vestigingenOfBrin.get(last) < 3 && random.nextInt(4) == 0) {
            int volgnummer = vestigingenOfBrin.merge(last, 1, Integer::sum) - 1;
            return last + String.format("%02d", volgnummer);
        }
        // BRIN-like codes 99AA, 99AB, ... 99ZZ, then 98AA, ...: 676 per two-digit prefix (a larger scale needs more);
        // a region of the nation has one prefix of its own
        int n = nextBrin++;
        if (region.brinPrefix() != 99 && n >= 26 * 26) {
            throw new IllegalStateException("more than 676 BRIN codes in the region of " + region.swv());
        }
        String brin = String.format("%02d", region.brinPrefix() - n / (26 * 26))
                + (char) ('A' + (n / 26) % 26)
                + (char) ('A' + n % 26);
        lastBrinOfBoard.put(board.nummer(), brin);
        vestigingenOfBrin.put(brin, 1);
        return brin + "00";
    }

    private String letters() {
        String alphabet = "ABCEGHJKLMNPRTVWXZ";
        return "" + alphabet.charAt(random.nextInt(alphabet.length()))
                + alphabet.charAt(random.nextInt(alphabet.length()));
    }

    /** The stories: one vestiging changes bestuur, one closes, one opens in the growing wijk Zandhorst. */
    private void applyHistory() {
        List<School> bao = schools.stream().filter(s -> s.soort() == Soort.BAO).toList();
        bao.stream()
                .filter(s -> s.area().gemeenteCode().equals(region.gemeente("GM9902")))
                .findFirst()
                .ifPresent(s -> {
                    Bestuur old = besturen.get(4);
                    Bestuur next = besturen.get(0);
                    String naam = "OBS " + s.naam().substring(s.naam().indexOf(' ') + 1);
                    replace(
                            s,
                            new School(
                                    s.index(),
                                    s.vestiging(),
                                    naam,
                                    s.soort(),
                                    next,
                                    old,
                                    BESTUUR_CHANGE,
                                    s.area(),
                                    s.postcode(),
                                    s.straat(),
                                    s.huisnummer(),
                                    s.latitude(),
                                    s.longitude(),
                                    s.opened(),
                                    null,
                                    ""));
                });
        List<School> binnenstad = bao.stream()
                .filter(s -> s.area().wijkCode().equals(region.wijk("WK990101")))
                .toList();
        if (binnenstad.size() >= 2) {
            School s = binnenstad.get(0);
            replace(
                    s,
                    new School(
                            s.index(),
                            s.vestiging(),
                            s.naam(),
                            s.soort(),
                            s.bestuur(),
                            null,
                            null,
                            s.area(),
                            s.postcode(),
                            s.straat(),
                            s.huisnummer(),
                            s.latitude(),
                            s.longitude(),
                            s.opened(),
                            CLOSING_DAY,
                            ""));
        }
        List<School> zandhorst = bao.stream()
                .filter(s -> s.area().wijkCode().equals(region.wijk("WK990110")))
                .toList();
        if (zandhorst.size() >= 2) {
            School s = zandhorst.get(zandhorst.size() - 1);
            replace(
                    s,
                    new School(
                            s.index(),
                            s.vestiging(),
                            "Kindcentrum Nieuw Zandhorst",
                            s.soort(),
                            s.bestuur(),
                            null,
                            null,
                            s.area(),
                            s.postcode(),
                            s.straat(),
                            s.huisnummer(),
                            s.latitude(),
                            s.longitude(),
                            NEW_SCHOOL_OPENS,
                            null,
                            ""));
        }
    }

    private void replace(School old, School updated) {
        schools.set(old.index(), updated);
    }
}

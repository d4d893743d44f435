package nl.dekkend.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The fictional region of one SWV: its gemeenten, wijken, stadsdelen and postcode-4 areas. The demo's region is
 * PO9901 Lindewaard (with the part of Wolderdal that belongs to PO9902); every other SWV of the {@link Nation}
 * gets a copy of Lindewaard's own part, relabelled: its own names, nationally unique codes and coordinates around
 * its centre, and a referral factor of its own. Code elsewhere names places by their Lindewaard code and asks
 * the region for its own ({@link #wijk}, {@link #gemeente}, {@link #pc4}). Fixed (independent of seed and scale)
 * so that other tests can rely on the codes.
 */
final class Region {

    static final String MAIN_SWV = "PO9901";
    static final String MAIN_SWV_NAME = "Passend Onderwijs Lindewaard";
    static final String NEIGHBOUR_SWV = "PO9902";
    static final String NEIGHBOUR_SWV_NAME = "Passend Onderwijs Wolderdal-Zuid";
    static final String PROVINCIE = "Overijssel";

    private static final double CENTRE_LAT = 52.5210;
    private static final double CENTRE_LON = 6.2470;
    private static final double KM_PER_DEG_LAT = 111.2;
    private static final double KM_PER_DEG_LON = 67.8;

    /** Place names of Lindewaard's region that a relabelled copy replaces, in the order of a Nation's places. */
    private static final List<String> TEMPLATE_PLACES =
            List.of("Lindewaard", "Oosterbroek", "Hemmerveld", "Wolderdal", "Ter Hekke", "Wissinghe");

    private static final List<String> TEMPLATE_GEMEENTEN = List.of("GM9901", "GM9902", "GM9903", "GM9904");

    private final List<Area> areas = new ArrayList<>();
    private final String swv;
    private final String swvNaam;
    private final String provincie;
    private final int index;
    private final String pupilPrefix;
    private final int brinPrefix;
    private final int bestuurBase;
    /** Lindewaard's gemeente code → this region's, in order. */
    private final Map<String, String> gemeenten = new LinkedHashMap<>();
    /** Lindewaard's place names → this region's. */
    private final Map<String, String> places = new LinkedHashMap<>();

    /** The demo region: PO9901 Lindewaard. */
    Region() {
        this.swv = MAIN_SWV;
        this.swvNaam = MAIN_SWV_NAME;
        this.provincie = PROVINCIE;
        this.index = 0;
        this.pupilPrefix = "L";
        this.brinPrefix = 99;
        this.bestuurBase = 99101;
        TEMPLATE_GEMEENTEN.forEach(g -> gemeenten.put(g, g));
        TEMPLATE_PLACES.forEach(p -> places.put(p, p));
        template();
    }

    /**
     * The region of another SWV of the nation: Lindewaard's own part relabelled. Its codes come from the SWV's
     * index n (1 … 76): gemeenten GM1000 + 4(n−1) …, postcodes 1000 + 100(n−1) + the last two digits of
     * Lindewaard's, BRIN-like codes starting with the two digits 10 + n, bestuur numbers 10000 + 100n + ….
     */
    Region(Nation.Swv swv) {
        if (swv.index() < 1 || swv.index() > 89) {
            throw new IllegalArgumentException("no relabelled region for " + swv.code());
        }
        int n = swv.index();
        this.swv = swv.code();
        this.swvNaam = swv.naam();
        this.provincie = swv.provincie();
        this.index = n;
        this.pupilPrefix = "L" + swv.code().substring(2);
        this.brinPrefix = 10 + n;
        this.bestuurBase = 10_001 + 100 * n;
        for (int k = 0; k < TEMPLATE_GEMEENTEN.size(); k++) {
            gemeenten.put(TEMPLATE_GEMEENTEN.get(k), String.format("GM%04d", 1000 + 4 * (n - 1) + k));
        }
        for (int k = 0; k < TEMPLATE_PLACES.size(); k++) {
            places.put(TEMPLATE_PLACES.get(k), swv.places().get(k));
        }
        Region lindewaard = new Region();
        // Lindewaard refers more to SBO and less to SO than the country: other regions draw their own factors
        SplittableRandom random = new SplittableRandom(swv.code().hashCode());
        double factor = random.nextDouble(0.6, 1.06);
        double soFactor = random.nextDouble(1.1, 1.55);
        for (Area a : lindewaard.areas) {
            if (!a.inMainSwv()) {
                continue;
            }
            areas.add(new Area(
                    pc4(a.pc4()),
                    gemeente(a.gemeenteCode()),
                    local(a.gemeenteNaam()),
                    local(a.plaats()),
                    this.swv,
                    wijk(a.wijkCode()),
                    local(a.wijkNaam()),
                    a.stadsdeelCode() == null
                            ? null
                            : "SD" + gemeente("GM9901").substring(2)
                                    + a.stadsdeelCode().substring(6),
                    a.stadsdeelNaam(),
                    round6(a.latitude() - CENTRE_LAT + swv.latitude()),
                    round6(a.longitude() - CENTRE_LON + swv.longitude()),
                    a.weight(),
                    a.referralFactor() * factor,
                    soFactor,
                    true));
        }
    }

    /** Lindewaard's areas; the demo region's, and the template of every other. */
    private void template() {
        // Lindewaard: 10 wijken in 4 stadsdelen.
        lindewaard("WK990101", "Binnenstad", "A", 1.0, 1.0, 0.0, 0.0, "9901", "9902");
        lindewaard("WK990102", "Oude Haven", "A", 1.2, 1.4, -0.6, 1.4, "9903", "9904");
        lindewaard("WK990103", "Lindenhof", "A", 1.1, 0.9, 0.9, -1.1, "9905", "9906");
        lindewaard("WK990104", "Kloosterveld", "B", 1.5, 1.0, 2.6, 0.3, "9907", "9908", "9909");
        lindewaard("WK990105", "De Weide", "B", 0.35, 0.12, 3.4, -1.9, "9910");
        lindewaard("WK990106", "Molenkamp", "C", 1.2, 1.3, 0.4, 2.9, "9911", "9912");
        lindewaard("WK990107", "Beekzicht", "C", 1.1, 1.0, 1.5, 4.1, "9913", "9914");
        lindewaard("WK990108", "Hofstede", "C", 0.4, 0.15, -0.9, 4.4, "9915");
        lindewaard("WK990109", "Vennebroek", "D", 1.4, 1.2, -2.4, -0.6, "9916", "9917", "9918");
        lindewaard("WK990110", "Zandhorst", "D", 0.9, 0.8, -2.9, -2.6, "9919", "9920");
        // Neighbouring gemeenten inside the SWV.
        other(
                "GM9902",
                "Oosterbroek",
                "WK990201",
                "Oosterbroek-Kern",
                "OOSTERBROEK",
                MAIN_SWV,
                1.6,
                0.9,
                1.5,
                9.5,
                "9931",
                "9932");
        other("GM9902", "Oosterbroek", "WK990202", "Ter Hekke", "TER HEKKE", MAIN_SWV, 0.6, 0.9, 3.6, 11.2, "9933");
        other(
                "GM9903",
                "Hemmerveld",
                "WK990301",
                "Hemmerveld-Dorp",
                "HEMMERVELD",
                MAIN_SWV,
                1.3,
                1.0,
                8.9,
                -3.5,
                "9941",
                "9942");
        other("GM9903", "Hemmerveld", "WK990302", "Wissinghe", "WISSINGHE", MAIN_SWV, 0.5, 1.0, 10.8, -1.0, "9943");
        // Wolderdal: split over two SWVs by postcode.
        other(
                "GM9904",
                "Wolderdal",
                "WK990401",
                "Wolderdal-Noord",
                "WOLDERDAL",
                MAIN_SWV,
                0.9,
                0.9,
                -8.0,
                3.0,
                "9951",
                "9952");
        other(
                "GM9904",
                "Wolderdal",
                "WK990402",
                "Wolderdal-Zuid",
                "WOLDERDAL",
                NEIGHBOUR_SWV,
                0.8,
                1.0,
                -11.0,
                3.8,
                "9953",
                "9954");
        other("GM9904", "Wolderdal", "WK990403", "Ravensloo", "RAVENSLOO", NEIGHBOUR_SWV, 0.5, 1.0, -13.5, 1.2, "9955");
    }

    /** The SWV whose region this is. */
    String swv() {
        return swv;
    }

    String swvNaam(String code) {
        return code.equals(swv) ? swvNaam : NEIGHBOUR_SWV_NAME;
    }

    String provincie() {
        return provincie;
    }

    /** Whether part of the region belongs to another SWV (the demo's Wolderdal-Zuid). */
    boolean hasNeighbour() {
        return areas.stream().anyMatch(a -> !a.inMainSwv());
    }

    /** This region's gemeente code for a Lindewaard one (GM9901 … GM9904). */
    String gemeente(String lindewaard) {
        return gemeenten.get(lindewaard);
    }

    /** This region's wijk code for a Lindewaard one (WK990101 …). */
    String wijk(String lindewaard) {
        return "WK" + gemeente("GM" + lindewaard.substring(2, 6)).substring(2) + lindewaard.substring(6);
    }

    /** This region's postcode-4 for a Lindewaard one (9901 …). */
    String pc4(String lindewaard) {
        if (swv.equals(MAIN_SWV)) {
            return lindewaard;
        }
        return String.valueOf(1000 + 100 * (index - 1) + Integer.parseInt(lindewaard) - 9900);
    }

    /** A text about Lindewaard's region (a bestuur's name, a DUO region name) told about this region. */
    String local(String text) {
        String out = text;
        for (Map.Entry<String, String> e : places.entrySet()) {
            out = out.replace(e.getKey(), e.getValue())
                    .replace(e.getKey().toUpperCase(Locale.ROOT), e.getValue().toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** Pupil keys: L000001 … in the demo, L + the SWV's digits + a number elsewhere (unique nationally). */
    String pupilId(int number) {
        return String.format("%s%06d", pupilPrefix, number);
    }

    /** The two leading digits of this region's BRIN-like codes (the demo counts down from 99). */
    int brinPrefix() {
        return brinPrefix;
    }

    /** The first bestuur number of this region. */
    int bestuurBase() {
        return bestuurBase;
    }

    List<Area> areas() {
        return List.copyOf(areas);
    }

    static String stadsdeelNaam(String letter) {
        return switch (letter) {
            case "A" -> "Centrum";
            case "B" -> "Noord";
            case "C" -> "Oost";
            case "D" -> "Zuidwest";
            default -> throw new IllegalArgumentException("stadsdeel letter: " + letter);
        };
    }

    String gemeenteNaam(String code) {
        return areas.stream()
                .filter(a -> a.gemeenteCode().equals(code))
                .map(Area::gemeenteNaam)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("gemeente code: " + code));
    }

    List<String> gemeenteCodes() {
        return List.copyOf(gemeenten.values());
    }

    /** Straight-line distance in km (equirectangular; fine at this scale). */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dy = (lat1 - lat2) * KM_PER_DEG_LAT;
        double dx = (lon1 - lon2) * KM_PER_DEG_LON;
        return Math.sqrt(dx * dx + dy * dy);
    }

    static double latPlusKm(double lat, double km) {
        return lat + km / KM_PER_DEG_LAT;
    }

    static double lonPlusKm(double lon, double km) {
        return lon + km / KM_PER_DEG_LON;
    }

    private void lindewaard(
            String wijk,
            String naam,
            String sd,
            double weight,
            double factor,
            double northKm,
            double eastKm,
            String... pc4s) {
        add(
                "GM9901",
                "Lindewaard",
                "LINDEWAARD",
                MAIN_SWV,
                wijk,
                naam,
                "SD9901" + sd,
                stadsdeelNaam(sd),
                weight,
                factor,
                northKm,
                eastKm,
                pc4s);
    }

    private void other(
            String gemeente,
            String gemeenteNaam,
            String wijk,
            String naam,
            String plaats,
            String swv,
            double weight,
            double factor,
            double northKm,
            double eastKm,
            String... pc4s) {
        add(gemeente, gemeenteNaam, plaats, swv, wijk, naam, null, null, weight, factor, northKm, eastKm, pc4s);
    }

    private void add(
            String gemeente,
            String gemeenteNaam,
            String plaats,
            String swv,
            String wijk,
            String wijkNaam,
            String sdCode,
            String sdNaam,
            double weight,
            double factor,
            double northKm,
            double eastKm,
            String... pc4s) {
        for (int i = 0; i < pc4s.length; i++) {
            // Spread the postcodes of one wijk around its centre, about 0.7 km apart.
            double angle = 2 * Math.PI * i / pc4s.length + 0.7;
            double r = pc4s.length == 1 ? 0 : 0.7;
            double lat = latPlusKm(CENTRE_LAT, northKm + r * Math.sin(angle));
            double lon = lonPlusKm(CENTRE_LON, eastKm + r * Math.cos(angle));
            areas.add(new Area(
                    pc4s[i],
                    gemeente,
                    gemeenteNaam,
                    plaats,
                    swv,
                    wijk,
                    wijkNaam,
                    sdCode,
                    sdNaam,
                    round6(lat),
                    round6(lon),
                    weight / pc4s.length,
                    factor,
                    1.0,
                    swv.equals(MAIN_SWV)));
        }
    }

    static double round6(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}

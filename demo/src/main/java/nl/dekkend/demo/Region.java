package nl.dekkend.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The fictional region: SWV PO9901 Lindewaard, its gemeenten, wijken, stadsdelen and postcode-4 areas.
 * Fixed (independent of seed and scale) so that other tests can rely on the codes.
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

    private final List<Area> areas = new ArrayList<>();

    Region() {
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

    static String swvNaam(String swv) {
        return swv.equals(MAIN_SWV) ? MAIN_SWV_NAME : NEIGHBOUR_SWV_NAME;
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

    static String gemeenteNaam(String code) {
        return switch (code) {
            case "GM9901" -> "Lindewaard";
            case "GM9902" -> "Oosterbroek";
            case "GM9903" -> "Hemmerveld";
            case "GM9904" -> "Wolderdal";
            default -> throw new IllegalArgumentException("gemeente code: " + code);
        };
    }

    static List<String> gemeenteCodes() {
        return List.of("GM9901", "GM9902", "GM9903", "GM9904");
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
                    factor));
        }
    }

    static double round6(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}

package nl.dekkend.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The random draws of the pupil simulation: schools near home, referral rates by age and year, SO
 * categories and support needs. One random stream for the whole population, so the order of the draws
 * (and with it every demo file) is fixed by the seed.
 */
final class Choices {

    private static final double[] SBO_HAZARD = {0, 0, 0, 0, 0, 0.0045, 0.018, 0.028, 0.031, 0.029, 0.02, 0.005, 0};
    private static final double[] SO_HAZARD = {0, 0, 0, 0, 0, 0.0042, 0.0050, 0.0044, 0.0036, 0.0030, 0.0022, 0.0008, 0
    };

    private final SplittableRandom random;
    private final List<School> schools;
    private final List<School> bao;
    private final Map<Area, List<School>> nearbyBao = new HashMap<>();

    Choices(SplittableRandom random, List<Area> areas, List<School> schools) {
        this.random = random;
        this.schools = schools;
        this.bao = schools.stream().filter(s -> s.soort() == Soort.BAO).toList();
        for (Area area : areas) {
            nearbyBao.put(
                    area,
                    bao.stream()
                            .sorted(Comparator.comparingDouble(s -> distance(area, s)))
                            .limit(8)
                            .toList());
        }
    }

    SplittableRandom random() {
        return random;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    LocalDate between(LocalDate from, LocalDate to) {
        return Calendar.between(random, from, to);
    }

    static int category(String soort) {
        return soort.startsWith("SO-") ? Integer.parseInt(soort.substring(3)) : 0;
    }

    int drawCategory(boolean direct) {
        double r = random.nextDouble();
        if (direct) {
            return r < 0.45 ? 1 : r < 0.70 ? 2 : 3;
        }
        return r < 0.90 ? 1 : r < 0.96 ? 2 : 3;
    }

    String behoefte(String soort) {
        return switch (soort) {
            case "SBO" -> random.nextDouble() < 0.55 ? "leren" : random.nextDouble() < 0.7 ? "gedrag" : "taal_spraak";
            case "SO-1" -> random.nextDouble() < 0.55 ? "gedrag" : "verstandelijk";
            case "SO-2" -> "lichamelijk";
            default -> "meervoudig";
        };
    }

    /** The yearly chance of a first referral to SBO at this age, for a home area's referral factor. */
    static double sboRate(int age, double factor, int year) {
        return hazard(SBO_HAZARD, age) * factor * sboTrend(year);
    }

    static double soRate(int age, double factor, int year) {
        return hazard(SO_HAZARD, age) * factor * soTrend(year);
    }

    private static double hazard(double[] table, int age) {
        return age < 0 || age >= table.length ? 0 : table[age];
    }

    /** SBO referrals drift down slowly over the years, SO referrals up. */
    private static double sboTrend(int year) {
        return 1.04 - 0.010 * (Math.max(2013, year) - 2015);
    }

    private static double soTrend(int year) {
        return 0.92 + 0.03 * (Math.max(2013, year) - 2015);
    }

    School chooseBao(Area home, LocalDate day) {
        if (random.nextDouble() < 0.004) {
            List<School> open = bao.stream().filter(s -> s.openOn(day)).toList();
            return open.get(random.nextInt(open.size()));
        }
        List<School> near =
                nearbyBao.get(home).stream().filter(s -> s.openOn(day)).limit(6).toList();
        return pick(home, near, 0.4);
    }

    School chooseSpecial(String soort, LocalDate day, Area home) {
        int cat = category(soort);
        List<School> fitting = schools.stream()
                .filter(s -> cat == 0
                        ? s.soort() == Soort.SBO
                        : s.soort() == Soort.SO && s.soCategories().contains(String.valueOf(cat)))
                .filter(s -> s.openOn(day))
                .toList();
        if (fitting.isEmpty()) {
            fitting = schools.stream()
                    .filter(s -> s.soort() == (cat == 0 ? Soort.SBO : Soort.SO))
                    .toList();
        }
        return pick(home, fitting, 1.0);
    }

    private School pick(Area home, List<School> candidates, double offsetKm) {
        double[] w = new double[candidates.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double d = home == null ? 0 : distance(home, candidates.get(i));
            w[i] = 1 / Math.pow(offsetKm + d, 2);
            sum += w[i];
        }
        double r = random.nextDouble() * sum;
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r < 0) {
                return candidates.get(i);
            }
        }
        return candidates.get(w.length - 1);
    }

    private static double distance(Area area, School school) {
        return Region.distanceKm(area.latitude(), area.longitude(), school.latitude(), school.longitude());
    }

    String postcodeLetters() {
        String alphabet = "ABCEGHJKLMNPRTVWXZ";
        return "" + alphabet.charAt(random.nextInt(alphabet.length()))
                + alphabet.charAt(random.nextInt(alphabet.length()));
    }
}

package nl.dekkend.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Everything simulated once, from which every file is derived. */
record World(long seed, double scale, Region region, List<School> schools, Population population, Census census) {

    static World simulate(long seed, double scale, Region region) {
        List<School> schools = new SchoolRegister(seed, scale, region).schools();
        Population population = new Population(seed, scale, region, schools);
        return new World(seed, scale, region, schools, population, new Census(schools, population.enrolments()));
    }

    /** An independent random stream per purpose, so adding one source does not change another. */
    SplittableRandom random(String purpose) {
        return new SplittableRandom(seed * 31 + purpose.hashCode());
    }

    SwvCounts mainSwvCounts(int year) {
        String swv = region.swv();
        return new SwvCounts(
                census.swvSchoolgaand(schools, swv, Soort.BAO, year),
                census.swvSchoolgaand(schools, swv, Soort.SBO, year),
                census.soByResidence(swv, year, 1),
                census.soByResidence(swv, year, 2),
                census.soByResidence(swv, year, 3));
    }

    /**
     * The demo's neighbour SWV PO9902 lies mostly outside the demo region, so its DUO counts are invented directly
     * (its few vestigingen in Wolderdal are simulated but are only part of it).
     */
    SwvCounts neighbourSwvCounts(int year) {
        SplittableRandom r = new SplittableRandom(seed * 17 + year);
        int bao = (int) Math.round(15_800 * scale * (1 - 0.006 * (year - 2015)) * (1 + r.nextDouble(-0.004, 0.004)));
        int sbo = (int) Math.round(bao * (0.0238 - 0.0004 * (year - 2015) + r.nextDouble(-0.0008, 0.0008)));
        int all = bao + sbo;
        int cat1 = (int) Math.round(all * (0.0112 + 0.0002 * (year - 2015) + r.nextDouble(-0.0005, 0.0005)));
        int cat2 = (int) Math.round(all * (0.0011 + r.nextDouble(-0.0002, 0.0002)));
        int cat3 = (int) Math.round(all * (0.0015 + r.nextDouble(-0.0002, 0.0002)));
        return new SwvCounts(bao, sbo, cat1, cat2, cat3);
    }
}

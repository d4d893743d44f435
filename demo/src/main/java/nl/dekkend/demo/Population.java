package nl.dekkend.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates the pupils of the region from birth cohorts 2003–2021: entry at 4, school choice near home,
 * referrals (TLV) to SBO and SO with renewals, returns and transfers, moves, and leaving for VO. Every
 * count in the demo files is derived from the enrolments and TLVs produced here.
 */
final class Population {

    private static final double PUPILS_PER_WEIGHT_PER_YEAR = 216;
    private static final double DIRECT_SO = 0.0035;

    private final SplittableRandom random;
    private final Choices choices;
    private final double scale;
    private final Region region;
    private final List<Area> areas;

    private final List<Pupil> pupils = new ArrayList<>();
    private final List<Enrolment> enrolments = new ArrayList<>();
    private final List<Tlv> tlvs = new ArrayList<>();

    Population(long seed, double scale, Region region, List<School> schools) {
        this.random = new SplittableRandom(seed ^ 0x9091L);
        this.choices = new Choices(random, region.areas(), schools);
        this.scale = scale;
        this.region = region;
        this.areas = region.areas();
        simulate();
    }

    List<Pupil> pupils() {
        return pupils;
    }

    List<Enrolment> enrolments() {
        return enrolments;
    }

    List<Tlv> tlvs() {
        return tlvs;
    }

    private void simulate() {
        for (int birthYear = 2003; birthYear <= 2021; birthYear++) {
            for (Area area : areas) {
                double growth = area.wijkCode().equals(region.wijk("WK990110")) && birthYear > 2011
                        ? 1 + 0.12 * (birthYear - 2011)
                        : 1;
                double exact =
                        PUPILS_PER_WEIGHT_PER_YEAR * scale * area.weight() * growth * (1 - 0.006 * (birthYear - 2008));
                long n = Math.round(exact + random.nextDouble() - 0.5);
                for (int i = 0; i < n; i++) {
                    LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
                    LocalDate leave = LocalDate.of(birthYear + (birth.getMonthValue() <= 9 ? 12 : 13), 7, 31);
                    LocalDate entry = birth.plusYears(4);
                    if (leave.isBefore(LocalDate.of(2015, 8, 1)) || entry.isAfter(Calendar.HORIZON)) {
                        continue;
                    }
                    Pupil pupil = new Pupil(
                            pupils.size(),
                            region.pupilId(pupils.size() + 1),
                            birth,
                            area,
                            area.pc4() + choices.postcodeLetters());
                    pupils.add(pupil);
                    live(pupil, entry, leave);
                }
            }
        }
    }

    /** One pupil's primary school career, then cut at moving away and at the horizon. */
    private void live(Pupil pupil, LocalDate entry, LocalDate leave) {
        if (random.nextDouble() < 0.05) {
            entry = Calendar.between(random, entry.plusYears(1), leave.minusYears(1));
        }
        LocalDate moveOut =
                random.nextDouble() < 0.03 ? Calendar.between(random, entry.plusDays(180), leave.minusDays(30)) : null;
        Career career = new Career(choices, pupil, leave);
        if (random.nextDouble()
                < DIRECT_SO * pupil.home().referralFactor() * pupil.home().soFactor()) {
            career.referDirectlyToSo(entry);
        } else {
            career.startBao(entry);
        }
        career.run();
        cut(career.enrolments(), career.tlvs(), moveOut);
    }

    private void cut(List<Enrolment> own, List<Tlv> ownTlvs, LocalDate moveOut) {
        LocalDate horizon = Calendar.HORIZON;
        for (Enrolment e : own) {
            if (moveOut != null) {
                if (!e.begin().isBefore(moveOut)) {
                    continue;
                }
                if (e.end() == null || e.end().isAfter(moveOut)) {
                    e = e.endingOn(moveOut, "verhuizing");
                }
            }
            if (e.begin().isAfter(horizon)) {
                continue;
            }
            if (e.end() != null && e.end().isAfter(horizon)) {
                e = e.endingOn(null, null);
            }
            enrolments.add(e);
        }
        for (Tlv t : ownTlvs) {
            if (moveOut != null) {
                if (!t.ingang().isBefore(moveOut)) {
                    continue;
                }
                if (t.toegekend() && t.resolved().isAfter(moveOut)) {
                    t = t.withOutcome("verhuisd", moveOut);
                }
            }
            if (t.besluit().isAfter(horizon)) {
                continue;
            }
            if (t.toegekend() && t.resolved().isAfter(horizon)) {
                t = t.withOutcome("lopend", null);
            }
            tlvs.add(t.withNummer(String.format("TLV-%d-%05d", Calendar.schoolYearOf(t.aanvraag()), tlvs.size() + 1)));
        }
    }
}

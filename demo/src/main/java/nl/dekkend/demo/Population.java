package nl.dekkend.ingest.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Simulates the pupils of the region from birth cohorts 2003–2021: entry at 4, school choice near home,
 * referrals (TLV) to SBO and SO with renewals, returns and transfers, moves, and leaving for VO. Every
 * count in the demo files is derived from the enrolments and TLVs produced here.
 */
final class Population {

    private static final double PUPILS_PER_WEIGHT_PER_YEAR = 216;
    private static final double[] SBO_HAZARD = {0, 0, 0, 0, 0, 0.0045, 0.018, 0.028, 0.031, 0.029, 0.02, 0.005, 0};
    private static final double[] SO_HAZARD = {0, 0, 0, 0, 0, 0.0042, 0.0050, 0.0044, 0.0036, 0.0030, 0.0022, 0.0008, 0
    };
    private static final double DIRECT_SO = 0.0035;

    private final SplittableRandom random;
    private final double scale;
    private final List<Area> areas;
    private final List<School> schools;
    private final Map<Area, List<School>> nearbyBao = new HashMap<>();
    private final List<School> bao;

    private final List<Pupil> pupils = new ArrayList<>();
    private final List<Enrolment> enrolments = new ArrayList<>();
    private final List<Tlv> tlvs = new ArrayList<>();

    Population(long seed, double scale, Region region, List<School> schools) {
        this.random = new SplittableRandom(seed ^ 0x9091L);
        this.scale = scale;
        this.areas = region.areas();
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
                double growth =
                        area.wijkCode().equals("WK990110") && birthYear > 2011 ? 1 + 0.12 * (birthYear - 2011) : 1;
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
                            String.format("L%06d", pupils.size() + 1),
                            birth,
                            area,
                            area.pc4() + letters());
                    pupils.add(pupil);
                    live(pupil, entry, leave);
                }
            }
        }
    }

    /** One pupil's primary school career, then cut at moving away and at the horizon. */
    private void live(Pupil pupil, LocalDate entry, LocalDate leave) {
        List<Enrolment> own = new ArrayList<>();
        List<Tlv> ownTlvs = new ArrayList<>();
        if (random.nextDouble() < 0.05) {
            entry = Calendar.between(random, entry.plusYears(1), leave.minusYears(1));
        }
        LocalDate moveOut =
                random.nextDouble() < 0.03 ? Calendar.between(random, entry.plusDays(180), leave.minusDays(30)) : null;
        Career career = new Career(pupil, leave, own, ownTlvs);
        if (random.nextDouble() < DIRECT_SO * pupil.home().referralFactor()) {
            career.referDirectlyToSo(entry);
        } else {
            career.startBao(entry);
        }
        career.run();
        cut(own, ownTlvs, moveOut);
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

    /** The mutable state of one career while it is being simulated. */
    private final class Career {
        private final Pupil pupil;
        private final LocalDate leave;
        private final List<Enrolment> own;
        private final List<Tlv> ownTlvs;
        private LocalDate cursor;
        private boolean inBao;
        private boolean referred;

        Career(Pupil pupil, LocalDate leave, List<Enrolment> own, List<Tlv> ownTlvs) {
            this.pupil = pupil;
            this.leave = leave;
            this.own = own;
            this.ownTlvs = ownTlvs;
        }

        void startBao(LocalDate day) {
            own.add(new Enrolment(pupil, chooseBao(pupil.home(), day), day, leave, "uitstroom VO", 0));
            cursor = day;
            inBao = true;
        }

        void referDirectlyToSo(LocalDate entry) {
            int cat = drawCategory(true);
            LocalDate aanvraag = entry.minusDays(60 + random.nextInt(80));
            cursor = entry;
            referred = true;
            inBao = false;
            chain("SO-" + cat, aanvraag, null, entry);
        }

        void run() {
            int year = Calendar.schoolYearOf(cursor);
            while (!LocalDate.of(year, 8, 1).isAfter(leave) && cursor.isBefore(leave)) {
                LocalDate yearStart = LocalDate.of(year, 8, 1);
                LocalDate yearEnd = LocalDate.of(year + 1, 7, 31);
                if (inBao && !cursor.isAfter(yearEnd)) {
                    Enrolment current = own.get(own.size() - 1);
                    School school = current.school();
                    if (school.closed() != null
                            && school.closed().isBefore(yearStart)
                            && current.end().isAfter(school.closed())) {
                        switchBao(school.closed().plusDays(1), "opheffing vestiging");
                    }
                    maybeRefer(year);
                }
                year = Math.max(year + 1, Calendar.schoolYearOf(cursor));
            }
        }

        private void maybeRefer(int year) {
            LocalDate from = max(cursor.plusDays(30), LocalDate.of(year, 9, 1));
            LocalDate to = min(LocalDate.of(year + 1, 6, 15), leave.minusDays(45));
            if (!from.isBefore(to)) {
                return;
            }
            int age = pupil.ageOn(LocalDate.of(year, 10, 1));
            double factor = pupil.home().referralFactor();
            double pSbo = referred ? 0 : hazard(SBO_HAZARD, age) * factor * sboTrend(year);
            double pSo = referred ? 0 : hazard(SO_HAZARD, age) * factor * soTrend(year);
            double r = random.nextDouble();
            if (r < pSbo) {
                refer("SBO", Calendar.between(random, from, to));
            } else if (r < pSbo + pSo) {
                refer("SO-" + drawCategory(false), Calendar.between(random, from, to));
            } else if (random.nextDouble() < 0.004) {
                switchBao(Calendar.between(random, from, to), "schoolwissel");
            }
        }

        private void refer(String soort, LocalDate aanvraag) {
            referred = true;
            School from = own.get(own.size() - 1).school();
            chain(soort, aanvraag, from, null);
        }

        /** A TLV and its renewals until return, transfer end, leaving primary school. */
        private void chain(String soort, LocalDate aanvraag, School aanvragende, LocalDate directEntry) {
            boolean first = true;
            School special = null;
            LocalDate previousEnd = null;
            while (true) {
                int lead = first
                        ? (random.nextDouble() < 0.86 ? 14 + random.nextInt(43) : 57 + random.nextInt(70))
                        : 10 + random.nextInt(35);
                LocalDate besluit = aanvraag.plusDays(lead);
                LocalDate ingang = first
                        ? (directEntry != null
                                ? max(directEntry, besluit.plusDays(3))
                                : besluit.plusDays(3 + random.nextInt(19)))
                        : previousEnd.plusDays(1);
                int years = soort.equals("SBO") || soort.equals("SO-1")
                        ? (random.nextDouble() < 0.3 ? 0 : 1)
                        : 1 + random.nextInt(3);
                LocalDate einde = Calendar.schoolYearEnd(ingang).plusYears(years);
                if (ChronoUnit.DAYS.between(ingang, einde) < 364) {
                    einde = einde.plusYears(1);
                }
                boolean isSbo = soort.equals("SBO");
                String behoefte = behoefte(soort);
                boolean eenzijdig = random.nextDouble() < 0.06;
                boolean bezwaar = eenzijdig && random.nextDouble() < 0.4;
                String bezwaarUitkomst = bezwaar
                        ? new String[] {"ongegrond", "ongegrond", "gegrond", "ingetrokken"}[random.nextInt(4)]
                        : null;
                if (first && aanvragende != null && !ingang.isBefore(leave.minusDays(30))) {
                    return;
                }
                if (first && aanvragende != null && random.nextDouble() < 0.06) {
                    ownTlvs.add(new Tlv(
                            null,
                            pupil,
                            soort,
                            aanvraag,
                            aanvragende,
                            besluit,
                            false,
                            ingang,
                            einde,
                            null,
                            eenzijdig,
                            bezwaar,
                            bezwaarUitkomst,
                            null,
                            besluit,
                            null,
                            behoefte));
                    return;
                }
                if (first) {
                    special = chooseSpecial(soort, ingang, pupil.home());
                    if (directEntry == null) {
                        closeCurrent(ingang.minusDays(1), isSbo ? "verwijzing SBO" : "verwijzing SO");
                    }
                    own.add(new Enrolment(pupil, special, ingang, leave, "uitstroom VO", category(soort)));
                    inBao = false;
                }
                LocalDate gepland = random.nextDouble() < (isSbo ? 0.38 : 0.15)
                        ? Calendar.between(random, ingang.plusDays(300), einde.minusDays(30))
                        : null;
                if (gepland != null) {
                    gepland = gepland.getMonthValue() >= 8 || gepland.getMonthValue() == 1
                            ? LocalDate.of(
                                    gepland.getMonthValue() == 1 ? gepland.getYear() : gepland.getYear() + 1, 1, 1)
                            : LocalDate.of(gepland.getYear(), 8, 1);
                    if (!gepland.isBefore(einde)) {
                        gepland = null;
                    }
                }
                double r = random.nextDouble();
                double pReturn = (isSbo ? 0.24 : 0.08) * (gepland != null ? 1.6 : 1.0);
                if (!leave.isAfter(einde)) {
                    add(
                            soort,
                            aanvraag,
                            aanvragende,
                            besluit,
                            ingang,
                            einde,
                            gepland,
                            eenzijdig,
                            bezwaar,
                            bezwaarUitkomst,
                            "uitstroom_vo",
                            leave,
                            special,
                            behoefte);
                    cursor = leave;
                    return;
                }
                if (r < pReturn) {
                    LocalDate back = gepland != null && random.nextDouble() < 0.7 ? gepland : einde.plusDays(1);
                    add(
                            soort,
                            aanvraag,
                            aanvragende,
                            besluit,
                            ingang,
                            einde,
                            gepland,
                            eenzijdig,
                            bezwaar,
                            bezwaarUitkomst,
                            "teruggeplaatst",
                            back,
                            special,
                            behoefte);
                    closeCurrent(back.minusDays(1), "terugplaatsing regulier");
                    own.add(new Enrolment(pupil, chooseBao(pupil.home(), back), back, leave, "uitstroom VO", 0));
                    inBao = true;
                    cursor = back;
                    return;
                }
                if (isSbo && r < pReturn + 0.06) {
                    add(
                            soort,
                            aanvraag,
                            aanvragende,
                            besluit,
                            ingang,
                            einde,
                            gepland,
                            eenzijdig,
                            bezwaar,
                            bezwaarUitkomst,
                            "overgeplaatst",
                            einde,
                            special,
                            behoefte);
                    soort = "SO-1";
                    School so = chooseSpecial(soort, einde.plusDays(1), pupil.home());
                    closeCurrent(einde, "overplaatsing SO");
                    own.add(new Enrolment(pupil, so, einde.plusDays(1), leave, "uitstroom VO", 1));
                    aanvragende = special;
                    special = so;
                } else {
                    add(
                            soort,
                            aanvraag,
                            aanvragende,
                            besluit,
                            ingang,
                            einde,
                            gepland,
                            eenzijdig,
                            bezwaar,
                            bezwaarUitkomst,
                            "verlengd",
                            einde,
                            special,
                            behoefte);
                    aanvragende = special;
                }
                aanvraag = einde.minusDays(40 + random.nextInt(50));
                previousEnd = einde;
                first = false;
                cursor = einde;
            }
        }

        private void add(
                String soort,
                LocalDate aanvraag,
                School aanvragende,
                LocalDate besluit,
                LocalDate ingang,
                LocalDate einde,
                LocalDate gepland,
                boolean eenzijdig,
                boolean bezwaar,
                String bezwaarUitkomst,
                String uitkomst,
                LocalDate resolved,
                School ontvangende,
                String behoefte) {
            ownTlvs.add(new Tlv(
                    null,
                    pupil,
                    soort,
                    aanvraag,
                    aanvragende,
                    besluit,
                    true,
                    ingang,
                    einde,
                    gepland,
                    eenzijdig,
                    bezwaar,
                    bezwaarUitkomst,
                    uitkomst,
                    resolved,
                    ontvangende,
                    behoefte));
        }

        private void switchBao(LocalDate day, String why) {
            School current = own.get(own.size() - 1).school();
            School next = chooseBao(pupil.home(), day);
            for (int i = 0; i < 5 && next.equals(current); i++) {
                next = chooseBao(pupil.home(), day);
            }
            if (next.equals(current) && current.openOn(day)) {
                return;
            }
            closeCurrent(day.minusDays(1), why);
            own.add(new Enrolment(pupil, next, day, leave, "uitstroom VO", 0));
            cursor = day;
        }

        private void closeCurrent(LocalDate lastDay, String why) {
            int last = own.size() - 1;
            own.set(last, own.get(last).endingOn(lastDay, why));
        }
    }

    private static int category(String soort) {
        return soort.startsWith("SO-") ? Integer.parseInt(soort.substring(3)) : 0;
    }

    private int drawCategory(boolean direct) {
        double r = random.nextDouble();
        if (direct) {
            return r < 0.45 ? 1 : r < 0.70 ? 2 : 3;
        }
        return r < 0.90 ? 1 : r < 0.96 ? 2 : 3;
    }

    private String behoefte(String soort) {
        return switch (soort) {
            case "SBO" -> random.nextDouble() < 0.55 ? "leren" : random.nextDouble() < 0.7 ? "gedrag" : "taal_spraak";
            case "SO-1" -> random.nextDouble() < 0.55 ? "gedrag" : "verstandelijk";
            case "SO-2" -> "lichamelijk";
            default -> "meervoudig";
        };
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

    private School chooseBao(Area home, LocalDate day) {
        if (random.nextDouble() < 0.004) {
            List<School> open = bao.stream().filter(s -> s.openOn(day)).toList();
            return open.get(random.nextInt(open.size()));
        }
        List<School> near =
                nearbyBao.get(home).stream().filter(s -> s.openOn(day)).limit(6).toList();
        return pick(home, near, 0.4);
    }

    private School chooseSpecial(String soort, LocalDate day, Area home) {
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

    private String letters() {
        String alphabet = "ABCEGHJKLMNPRTVWXZ";
        return "" + alphabet.charAt(random.nextInt(alphabet.length()))
                + alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package nl.dekkend.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One pupil's primary-school career while it is simulated: entry, yearly chances of a referral or a
 * school switch, and the enrolments and TLVs that follow, in order.
 */
final class Career {

    private final Choices choices;
    private final Pupil pupil;
    private final LocalDate leave;
    private final List<Enrolment> enrolments = new ArrayList<>();
    private final List<Tlv> tlvs = new ArrayList<>();
    private LocalDate cursor;
    private boolean inBao;
    private boolean referred;

    Career(Choices choices, Pupil pupil, LocalDate leave) {
        this.choices = choices;
        this.pupil = pupil;
        this.leave = leave;
    }

    List<Enrolment> enrolments() {
        return enrolments;
    }

    List<Tlv> tlvs() {
        return tlvs;
    }

    Pupil pupil() {
        return pupil;
    }

    LocalDate leave() {
        return leave;
    }

    void startBao(LocalDate day) {
        enrol(choices.chooseBao(pupil.home(), day), day, 0);
        cursor = day;
        inBao = true;
    }

    void referDirectlyToSo(LocalDate entry) {
        int cat = choices.drawCategory(true);
        LocalDate aanvraag = entry.minusDays(60 + choices.nextInt(80));
        cursor = entry;
        referred = true;
        inBao = false;
        new TlvChain(this, choices).run("SO-" + cat, aanvraag, null, entry);
    }

    void run() {
        int year = Calendar.schoolYearOf(cursor);
        while (!LocalDate.of(year, 8, 1).isAfter(leave) && cursor.isBefore(leave)) {
            LocalDate yearStart = LocalDate.of(year, 8, 1);
            LocalDate yearEnd = LocalDate.of(year + 1, 7, 31);
            if (inBao && !cursor.isAfter(yearEnd)) {
                Enrolment current = enrolments.get(enrolments.size() - 1);
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
        double pSbo = referred ? 0 : Choices.sboRate(age, factor, year);
        double pSo = referred ? 0 : Choices.soRate(age, factor * pupil.home().soFactor(), year);
        double r = choices.nextDouble();
        if (r < pSbo) {
            refer("SBO", choices.between(from, to));
        } else if (r < pSbo + pSo) {
            refer("SO-" + choices.drawCategory(false), choices.between(from, to));
        } else if (choices.nextDouble() < 0.004) {
            switchBao(choices.between(from, to), "schoolwissel");
        }
    }

    private void refer(String soort, LocalDate aanvraag) {
        referred = true;
        School from = enrolments.get(enrolments.size() - 1).school();
        new TlvChain(this, choices).run(soort, aanvraag, from, null);
    }

    void switchBao(LocalDate day, String why) {
        School current = enrolments.get(enrolments.size() - 1).school();
        School next = choices.chooseBao(pupil.home(), day);
        for (int i = 0; i < 5 && next.equals(current); i++) {
            next = choices.chooseBao(pupil.home(), day);
        }
        if (next.equals(current) && current.openOn(day)) {
            return;
        }
        closeCurrent(day.minusDays(1), why);
        enrol(next, day, 0);
        cursor = day;
    }

    /** A new enrolment until leaving primary school; {@code category} 0 for BaO and SBO. */
    void enrol(School school, LocalDate from, int category) {
        enrolments.add(new Enrolment(pupil, school, from, leave, "uitstroom VO", category));
    }

    void closeCurrent(LocalDate lastDay, String why) {
        int last = enrolments.size() - 1;
        enrolments.set(last, enrolments.get(last).endingOn(lastDay, why));
    }

    void addTlv(Tlv tlv) {
        tlvs.add(tlv);
    }

    void placedInSpecial() {
        inBao = false;
    }

    void backInBao(LocalDate day) {
        inBao = true;
        cursor = day;
    }

    void moveCursor(LocalDate day) {
        cursor = day;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package nl.dekkend.demo;

import java.time.LocalDate;

/**
 * One pupil at one vestiging for a period; {@code end} is null while ongoing.
 *
 * @param soCategory the funding categorie (1-3) for an SO enrolment, else 0
 */
record Enrolment(Pupil pupil, School school, LocalDate begin, LocalDate end, String reden, int soCategory) {

    boolean activeOn(LocalDate date) {
        return !begin.isAfter(date) && (end == null || !end.isBefore(date));
    }

    Enrolment endingOn(LocalDate day, String why) {
        return new Enrolment(pupil, school, begin, day, why, soCategory);
    }
}

package nl.dekkend.demo;

import java.time.LocalDate;

/** A simulated pupil: raw id (pseudonymised later by ingest), birth date and fixed home address. */
record Pupil(int index, String id, LocalDate birthDate, Area home, String postcode) {

    int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }
}

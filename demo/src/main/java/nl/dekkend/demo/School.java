package nl.dekkend.demo;

import java.time.LocalDate;

/**
 * One vestiging. {@code previousBestuur} is set for the one vestiging that changed board on
 * {@code bestuurSince}; {@code closed} is the last day of a vestiging that closed (else null).
 *
 * @param soCategories for SO schools, the funding categories it takes (e.g. "13"); empty otherwise
 */
record School(
        int index,
        String vestiging,
        String naam,
        Soort soort,
        Bestuur bestuur,
        Bestuur previousBestuur,
        LocalDate bestuurSince,
        Area area,
        String postcode,
        String straat,
        String huisnummer,
        double latitude,
        double longitude,
        LocalDate opened,
        LocalDate closed,
        String soCategories) {

    String brin() {
        return vestiging.substring(0, 4);
    }

    boolean openOn(LocalDate date) {
        return !date.isBefore(opened) && (closed == null || !date.isAfter(closed));
    }

    Bestuur bestuurOn(LocalDate date) {
        return previousBestuur != null && date.isBefore(bestuurSince) ? previousBestuur : bestuur;
    }

    boolean inMainSwv() {
        return area.inMainSwv();
    }
}

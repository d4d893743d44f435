package nl.dekkend.demo;

import java.time.LocalDate;

/**
 * A toelaatbaarheidsverklaring (or a rejected request). {@code resolved} is the day its outcome became known
 * (return, end, leaving primary, moving away); the files never show it.
 */
record Tlv(
        String nummer,
        Pupil pupil,
        String soort,
        LocalDate aanvraag,
        School aanvragende,
        LocalDate besluit,
        boolean toegekend,
        LocalDate ingang,
        LocalDate einde,
        LocalDate geplandeTerugplaatsing,
        boolean eenzijdig,
        boolean bezwaar,
        String bezwaarUitkomst,
        String uitkomst,
        LocalDate resolved,
        School ontvangende,
        String ondersteuningsbehoefte) {

    Tlv withOutcome(String newUitkomst, LocalDate newResolved) {
        return new Tlv(
                nummer,
                pupil,
                soort,
                aanvraag,
                aanvragende,
                besluit,
                toegekend,
                ingang,
                einde,
                geplandeTerugplaatsing,
                eenzijdig,
                bezwaar,
                bezwaarUitkomst,
                newUitkomst,
                newResolved,
                ontvangende,
                ondersteuningsbehoefte);
    }

    Tlv withNummer(String newNummer) {
        return new Tlv(
                newNummer,
                pupil,
                soort,
                aanvraag,
                aanvragende,
                besluit,
                toegekend,
                ingang,
                einde,
                geplandeTerugplaatsing,
                eenzijdig,
                bezwaar,
                bezwaarUitkomst,
                uitkomst,
                resolved,
                ontvangende,
                ondersteuningsbehoefte);
    }
}

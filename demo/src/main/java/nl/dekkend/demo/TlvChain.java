package nl.dekkend.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A referral and its renewals: the first TLV (or a rejected request), placement in SBO or SO, and each
 * following TLV until the pupil returns to regular school, is transferred, or leaves primary school.
 */
final class TlvChain {

    private final Career career;
    private final Choices choices;

    TlvChain(Career career, Choices choices) {
        this.career = career;
        this.choices = choices;
    }

    /** What one decision on a request fixes, before its outcome is known. */
    private record Decision(
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
            String behoefte) {}

    void run(String soort, LocalDate aanvraag, School aanvragende, LocalDate directEntry) {
        Pupil pupil = career.pupil();
        LocalDate leave = career.leave();
        boolean first = true;
        School special = null;
        LocalDate previousEnd = null;
        while (true) {
            int lead = first
                    ? (choices.nextDouble() < 0.86 ? 14 + choices.nextInt(43) : 57 + choices.nextInt(70))
                    : 10 + choices.nextInt(35);
            LocalDate besluit = aanvraag.plusDays(lead);
            LocalDate ingang = first
                    ? (directEntry != null
                            ? Career.max(directEntry, besluit.plusDays(3))
                            : besluit.plusDays(3 + choices.nextInt(19)))
                    : previousEnd.plusDays(1);
            int years = soort.equals("SBO") || soort.equals("SO-1")
                    ? (choices.nextDouble() < 0.3 ? 0 : 1)
                    : 1 + choices.nextInt(3);
            LocalDate einde = Calendar.schoolYearEnd(ingang).plusYears(years);
            if (ChronoUnit.DAYS.between(ingang, einde) < 364) {
                einde = einde.plusYears(1);
            }
            boolean isSbo = soort.equals("SBO");
            String behoefte = choices.behoefte(soort);
            boolean eenzijdig = choices.nextDouble() < 0.06;
            boolean bezwaar = eenzijdig && choices.nextDouble() < 0.4;
            String bezwaarUitkomst = bezwaar
                    ? new String[] {"ongegrond", "ongegrond", "gegrond", "ingetrokken"}[choices.nextInt(4)]
                    : null;
            if (first && aanvragende != null && !ingang.isBefore(leave.minusDays(30))) {
                return;
            }
            if (first && aanvragende != null && choices.nextDouble() < 0.06) {
                career.addTlv(new Tlv(
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
                special = choices.chooseSpecial(soort, ingang, pupil.home());
                if (directEntry == null) {
                    career.closeCurrent(ingang.minusDays(1), isSbo ? "verwijzing SBO" : "verwijzing SO");
                }
                career.enrol(special, ingang, Choices.category(soort));
                career.placedInSpecial();
            }
            LocalDate gepland = plannedReturn(isSbo, ingang, einde);
            Decision decision = new Decision(
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
                    behoefte);
            double r = choices.nextDouble();
            double pReturn = (isSbo ? 0.24 : 0.08) * (gepland != null ? 1.6 : 1.0);
            if (!leave.isAfter(einde)) {
                granted(decision, "uitstroom_vo", leave, special);
                career.moveCursor(leave);
                return;
            }
            if (r < pReturn) {
                LocalDate back = gepland != null && choices.nextDouble() < 0.7 ? gepland : einde.plusDays(1);
                granted(decision, "teruggeplaatst", back, special);
                career.closeCurrent(back.minusDays(1), "terugplaatsing regulier");
                career.enrol(choices.chooseBao(pupil.home(), back), back, 0);
                career.backInBao(back);
                return;
            }
            if (isSbo && r < pReturn + 0.06) {
                granted(decision, "overgeplaatst", einde, special);
                soort = "SO-1";
                School so = choices.chooseSpecial(soort, einde.plusDays(1), pupil.home());
                career.closeCurrent(einde, "overplaatsing SO");
                career.enrol(so, einde.plusDays(1), 1);
                aanvragende = special;
                special = so;
            } else {
                granted(decision, "verlengd", einde, special);
                aanvragende = special;
            }
            aanvraag = einde.minusDays(40 + choices.nextInt(50));
            previousEnd = einde;
            first = false;
            career.moveCursor(einde);
        }
    }

    /** Some placements name a planned return date: 1 January or 1 August before the TLV ends. */
    private LocalDate plannedReturn(boolean isSbo, LocalDate ingang, LocalDate einde) {
        LocalDate gepland = choices.nextDouble() < (isSbo ? 0.38 : 0.15)
                ? choices.between(ingang.plusDays(300), einde.minusDays(30))
                : null;
        if (gepland != null) {
            gepland = gepland.getMonthValue() >= 8 || gepland.getMonthValue() == 1
                    ? LocalDate.of(gepland.getMonthValue() == 1 ? gepland.getYear() : gepland.getYear() + 1, 1, 1)
                    : LocalDate.of(gepland.getYear(), 8, 1);
            if (!gepland.isBefore(einde)) {
                gepland = null;
            }
        }
        return gepland;
    }

    private void granted(Decision d, String uitkomst, LocalDate resolved, School ontvangende) {
        career.addTlv(new Tlv(
                null,
                career.pupil(),
                d.soort(),
                d.aanvraag(),
                d.aanvragende(),
                d.besluit(),
                true,
                d.ingang(),
                d.einde(),
                d.gepland(),
                d.eenzijdig(),
                d.bezwaar(),
                d.bezwaarUitkomst(),
                uitkomst,
                resolved,
                ontvangende,
                d.behoefte()));
    }
}

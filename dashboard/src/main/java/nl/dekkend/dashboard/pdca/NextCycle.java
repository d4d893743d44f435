package nl.dekkend.dashboard.pdca;

import java.time.LocalDate;
import java.util.List;
import nl.dekkend.appdb.pdca.Cycle;

/** The code to suggest for the next cycle: the half after the newest one, else the current half-year. */
final class NextCycle {

    private NextCycle() {}

    static String suggest(List<Cycle> newestFirst, LocalDate today) {
        if (!newestFirst.isEmpty()) {
            String last = newestFirst.get(0).code();
            int year = Integer.parseInt(last.substring(0, 4));
            return last.endsWith("H1") ? last.substring(0, 9) + " H2" : (year + 1) + "-" + (year + 2) + " H1";
        }
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        String half = today.getMonthValue() >= 8 || today.getMonthValue() == 1 ? "H1" : "H2";
        return start + "-" + (start + 1) + " " + half;
    }
}

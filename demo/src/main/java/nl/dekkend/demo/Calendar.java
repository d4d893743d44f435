package nl.dekkend.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** The time frame of the demo: ten teldata 1-10-2015 … 1-10-2024, data extracted at the end of 2024-2025. */
final class Calendar {

    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2024;
    /** Last day covered by pupil-level data (end of schooljaar 2024-2025). */
    static final LocalDate HORIZON = LocalDate.of(2025, 7, 31);

    private Calendar() {}

    static List<Integer> years() {
        return IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList();
    }

    static LocalDate teldatum(int year) {
        return LocalDate.of(year, 10, 1);
    }

    static String schooljaar(int startYear) {
        return startYear + "-" + (startYear + 1);
    }

    /** Start year of the schooljaar (1 August – 31 July) that holds the date. */
    static int schoolYearOf(LocalDate date) {
        return date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
    }

    static LocalDate schoolYearEnd(LocalDate date) {
        return LocalDate.of(schoolYearOf(date) + 1, 7, 31);
    }

    static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }
}

package nl.dekkend.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts on each teldatum, derived from the enrolments: per vestiging, per SWV and per gemeente. */
final class Census {

    /** Columns of a gemeente row: schoolgaand BaO, SBO; woonachtig BaO, SBO; SO cat 1, 2, 3 (by residence). */
    static final int SCHOOLGAAND_BAO = 0;

    static final int SCHOOLGAAND_SBO = 1;
    static final int WOONACHTIG_BAO = 2;
    static final int WOONACHTIG_SBO = 3;
    static final int SO_CAT1 = 4;

    private final int years = Calendar.LAST_YEAR - Calendar.FIRST_YEAR + 1;
    private final int[][] perSchool;
    /** swv of residence → [year][categorie 1..3][0 = younger than 8, 1 = 8 and older]. */
    private final Map<String, int[][][]> soByResidence = new HashMap<>();
    /** gemeente code + '|' + swv → [year][column]. */
    private final Map<String, int[][]> perGemeente = new HashMap<>();

    Census(List<School> schools, List<Enrolment> enrolments) {
        perSchool = new int[schools.size()][years];
        for (Enrolment e : enrolments) {
            for (int y = 0; y < years; y++) {
                LocalDate teldatum = Calendar.teldatum(Calendar.FIRST_YEAR + y);
                if (!e.activeOn(teldatum)) {
                    continue;
                }
                perSchool[e.school().index()][y]++;
                Area home = e.pupil().home();
                Area at = e.school().area();
                switch (e.school().soort()) {
                    case BAO -> {
                        gemeente(at)[y][SCHOOLGAAND_BAO]++;
                        gemeente(home)[y][WOONACHTIG_BAO]++;
                    }
                    case SBO -> {
                        gemeente(at)[y][SCHOOLGAAND_SBO]++;
                        gemeente(home)[y][WOONACHTIG_SBO]++;
                    }
                    case SO -> {
                        int band = e.pupil().ageOn(teldatum) < 8 ? 0 : 1;
                        soByResidence
                                .computeIfAbsent(home.swvCode(), k -> new int[years][4][2])[y][e.soCategory()][band]++;
                        gemeente(home)[y][SO_CAT1 + e.soCategory() - 1]++;
                    }
                }
            }
        }
    }

    private int[][] gemeente(Area area) {
        return perGemeente.computeIfAbsent(area.gemeenteCode() + "|" + area.swvCode(), k -> new int[years][7]);
    }

    int school(School school, int year) {
        return perSchool[school.index()][year - Calendar.FIRST_YEAR];
    }

    /** BaO or SBO pupils at the SWV's vestigingen on the teldatum of {@code year}. */
    int swvSchoolgaand(List<School> schools, String swv, Soort soort, int year) {
        int sum = 0;
        for (School s : schools) {
            if (s.soort() == soort && s.area().swvCode().equals(swv)) {
                sum += school(s, year);
            }
        }
        return sum;
    }

    int soByResidence(String swv, int year, int categorie, boolean eightOrOlder) {
        int[][][] counts = soByResidence.get(swv);
        return counts == null ? 0 : counts[year - Calendar.FIRST_YEAR][categorie][eightOrOlder ? 1 : 0];
    }

    int soByResidence(String swv, int year, int categorie) {
        return soByResidence(swv, year, categorie, false) + soByResidence(swv, year, categorie, true);
    }

    int[] gemeente(String gemeenteCode, String swv, int year) {
        int[][] counts = perGemeente.get(gemeenteCode + "|" + swv);
        return counts == null ? new int[7] : counts[year - Calendar.FIRST_YEAR].clone();
    }
}

package nl.dekkend.dashboard.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodeTest {

    @Test
    void readsSchooljarenAndKalenderjaren() {
        assertThat(Periode.parse("2013-2014")).contains(new Periode("2013-2014", 2013, true));
        assertThat(Periode.parse("2018")).contains(new Periode("2018", 2018, false));
        assertThat(Periode.parse("2013-2014").orElseThrow().omschrijving())
                .isEqualTo("schooljaar 2013-2014 (teldatum 1-10-2013)");
        assertThat(Periode.parse("2018").orElseThrow().omschrijving()).isEqualTo("kalenderjaar 2018");
    }

    @Test
    void rejectsWhatIsNoPeriod() {
        assertThat(Periode.parse("2013-2015")).isEmpty();
        assertThat(Periode.parse("13-14")).isEmpty();
        assertThat(Periode.parse("2013/2014")).isEmpty();
        assertThat(Periode.parse("")).isEmpty();
        assertThat(Periode.parse(null)).isEmpty();
    }

    @Test
    void sortsChronologicallyWithTheKalenderjaarBeforeTheSchooljaarStartingInIt() {
        List<String> codes = new ArrayList<>(List.of("2020", "2019-2020", "onbekend", "2009-2010", "2019", "2010"));
        codes.sort(Periode.ORDER);
        assertThat(codes).containsExactly("2009-2010", "2010", "2019", "2019-2020", "2020", "onbekend");
    }

    @Test
    void headingNamesTheKindOfPeriod() {
        assertThat(Periode.heading(List.of("2013-2014", "2014-2015"))).isEqualTo("Schooljaar");
        assertThat(Periode.heading(List.of("2018", "2019"))).isEqualTo("Kalenderjaar");
        assertThat(Periode.heading(List.of("2018", "2018-2019"))).isEqualTo("Periode");
    }
}

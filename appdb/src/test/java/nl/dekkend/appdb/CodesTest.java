package nl.dekkend.appdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void gemeenteCodesAreNormalisedToGmAndFourDigits() {
        assertThat(Codes.gemeente("34")).isEqualTo("GM0034");
        assertThat(Codes.gemeente("0034")).isEqualTo("GM0034");
        assertThat(Codes.gemeente("gm34")).isEqualTo("GM0034");
        assertThat(Codes.gemeente(" GM0363 ")).isEqualTo("GM0363");
        assertThat(Codes.gemeente("9901")).isEqualTo("GM9901");
    }

    @Test
    void refusesWhatIsNoGemeenteCode() {
        assertThatThrownBy(() -> Codes.gemeente("Utrecht")).hasMessageStartingWith("Ongeldige gemeentecode: 'Utrecht'");
        assertThatThrownBy(() -> Codes.gemeente("12345")).hasMessageStartingWith("Ongeldige gemeentecode");
    }

    @Test
    void bestuurIsFiveDigits() {
        assertThat(Codes.bestuur("41234")).isEqualTo("41234");
        assertThatThrownBy(() -> Codes.bestuur("412345")).hasMessageStartingWith("Ongeldig bestuursnummer");
    }

    @Test
    void rolParsesItsLowerCaseCode() {
        assertThat(Rol.parse("gemeente")).isEqualTo(Rol.GEMEENTE);
        assertThat(Rol.KWALITEITSCOMMISSIE.code()).isEqualTo("kwaliteitscommissie");
        assertThatThrownBy(() -> Rol.parse("admin"))
                .hasMessage("Onbekende rol: 'admin' (kies uit beheerder, analist, kwaliteitscommissie, ledenraad,"
                        + " gemeente, bestuur).");
    }
}

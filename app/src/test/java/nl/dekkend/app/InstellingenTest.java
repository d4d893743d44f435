package nl.dekkend.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstellingenTest {

    @TempDir
    Path dir;

    @Test
    void remembersTheOwnSwvInTheHome() {
        Home home = new Home(dir);
        assertThat(new Instellingen(home).eigenSwv()).isEmpty();

        new Instellingen(home).setEigenSwv(" po2401 ");

        assertThat(new Instellingen(new Home(dir)).eigenSwv()).contains("PO2401");
        assertThat(dir.resolve("instellingen.properties")).exists();
    }

    @Test
    void refusesACodeThatIsNotAnSwvCode() {
        assertThatThrownBy(() -> new Instellingen(new Home(dir)).setEigenSwv("2401"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--swv '2401'")
                .hasMessageContaining("PO2401");
        assertThat(new Instellingen(new Home(dir)).eigenSwv()).isEmpty();
    }
}

package nl.dekkend.appdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void hashIsAnArgon2idPhcStringWithTheStatedParameters() {
        String hash = Passwords.hash("correct paard batterij".toCharArray());

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void verifyAcceptsThePasswordAndRefusesAnotherOne() {
        String hash = Passwords.hash("correct paard batterij".toCharArray());

        assertThat(Passwords.verify("correct paard batterij".toCharArray(), hash))
                .isTrue();
        assertThat(Passwords.verify("correct paard batterlj".toCharArray(), hash))
                .isFalse();
        assertThat(Passwords.verify("".toCharArray(), hash)).isFalse();
        assertThat(Passwords.verify("correct paard batterij".toCharArray(), "geen hash"))
                .isFalse();
    }

    @Test
    void aHashWithOtherParametersCarriesThemAndVerifies() {
        String hash = Passwords.hash("correct paard batterij".toCharArray(), 8, 1);

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=8,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(Passwords.verify("correct paard batterij".toCharArray(), hash))
                .isTrue();
        assertThat(Passwords.verify("correct paard batterlj".toCharArray(), hash))
                .isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        assertThat(Passwords.hash("correct paard batterij".toCharArray()))
                .isNotEqualTo(Passwords.hash("correct paard batterij".toCharArray()));
    }

    /** The hash is argon2id itself: recomputed here from the salt in the PHC string with Bouncy Castle. */
    @Test
    void hashEqualsArgon2idOfPasswordAndSalt() {
        String hash = Passwords.hash("wachtwoord-met-é".toCharArray());
        String[] parts = hash.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(0x13)
                .withMemoryAsKB(19456)
                .withIterations(2)
                .withParallelism(1)
                .withSalt(salt)
                .build());
        byte[] expected = new byte[32];
        generator.generateBytes("wachtwoord-met-é".getBytes(StandardCharsets.UTF_8), expected);

        assertThat(parts[5]).isEqualTo(Base64.getEncoder().withoutPadding().encodeToString(expected));
    }

    /** Known answers of the reference implementation (Debian's {@code argon2} command), not of this code. */
    @Test
    void verifiesHashesOfTheReferenceImplementation() {
        // echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        // echo -n "correct paard batterij" | argon2 dekkendzout0001 -id -t 2 -k 19456 -p 1 -l 32 -e
        String ours = "$argon2id$v=19$m=19456,t=2,p=1$ZGVra2VuZHpvdXQwMDAx$3Fhb88Rv8kCoigT0ED6VF56r1iV/BTO23DCEemUtOVU";

        assertThat(Passwords.verify("password".toCharArray(), reference)).isTrue();
        assertThat(Passwords.verify("passwore".toCharArray(), reference)).isFalse();
        assertThat(Passwords.verify("correct paard batterij".toCharArray(), ours))
                .isTrue();
        assertThat(Passwords.verify("correct paard batterijen".toCharArray(), ours))
                .isFalse();
    }

    @Test
    void refusesAShortPasswordInDutch() {
        assertThatThrownBy(() -> Passwords.check("kort".toCharArray()))
                .hasMessage("Het wachtwoord moet minstens 12 tekens hebben.");
    }
}

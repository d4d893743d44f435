package nl.dekkend.dashboard.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.Accounts;
import nl.dekkend.appdb.AuditEntry;
import nl.dekkend.appdb.AuditFilter;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.appdb.Rol;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsPageTest {

    @TempDir
    Path warehouseDir;

    @Test
    void theBeheerderAddsResetsAndRemovesAnAccountAndEveryChangeIsLogged() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser beheerder = TestUser.as(http.getOrigin(), "beheerder");
            beheerder.get("/beheer/accounts");
            TestUser.Response added = beheerder.post(
                    "/beheer/accounts",
                    Map.of(
                            "naam", "veldhoven",
                            "rol", "gemeente",
                            "gemeenten", "GM0861",
                            "besturen", "",
                            "wachtwoord", "een-lang-genoeg-wachtwoord"));
            assertThat(added.code()).isEqualTo(200);
            assertThat(added.body().string()).contains("Account veldhoven is toegevoegd.", "GM0861");
            assertThat(new Accounts(fixture.appDatabase())
                            .find("veldhoven")
                            .orElseThrow()
                            .rol())
                    .isEqualTo(Rol.GEMEENTE);

            TestUser.Response tooShort =
                    beheerder.post("/beheer/accounts/veldhoven/wachtwoord", Map.of("wachtwoord", "kort"));
            assertThat(tooShort.code()).isEqualTo(400);
            assertThat(tooShort.body().string()).contains("minstens 12 tekens");

            TestUser veldhoven = new TestUser(http.getOrigin());
            assertThat(veldhoven
                            .login("veldhoven", "een-lang-genoeg-wachtwoord")
                            .code())
                    .isEqualTo(303);
            assertThat(beheerder
                            .post(
                                    "/beheer/accounts/veldhoven/wachtwoord",
                                    Map.of("wachtwoord", "nieuw-lang-wachtwoord"))
                            .code())
                    .isEqualTo(200);
            assertThat(veldhoven.get("/").code())
                    .as("sessions end with a new password")
                    .isEqualTo(303);

            assertThat(beheerder
                            .post("/beheer/accounts/veldhoven/verwijderen", Map.of())
                            .body()
                            .string())
                    .contains("Account veldhoven is verwijderd.");
            assertThat(new Accounts(fixture.appDatabase()).find("veldhoven")).isEmpty();

            List<AuditEntry> changes =
                    new AuditLog(fixture.appDatabase()).list(AuditFilter.alles().gebruiker("beheerder"));
            assertThat(changes)
                    .extracting(AuditEntry::actie)
                    .contains(AuditLog.ACCOUNT_TOEGEVOEGD, AuditLog.WACHTWOORD_GEWIJZIGD, AuditLog.ACCOUNT_VERWIJDERD);
            assertThat(beheerder
                            .get("/beheer/audit?actie=account_verwijderd")
                            .body()
                            .string())
                    .contains("account_verwijderd", "veldhoven")
                    .doesNotContain("account_toegevoegd</td>");
        });
    }

    @Test
    void otherRolesGet403OnTheBeheerPages() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            for (String rol : List.of("analist", "kwaliteitscommissie", "ledenraad", "gemeente", "bestuur")) {
                TestUser user = TestUser.as(http.getOrigin(), rol);
                assertThat(user.get("/beheer/accounts").code()).as(rol).isEqualTo(403);
                assertThat(user.get("/beheer/audit").code()).as(rol).isEqualTo(403);
                assertThat(user.post("/beheer/accounts/analist/verwijderen", Map.of())
                                .code())
                        .as(rol)
                        .isEqualTo(403);
            }
            assertThat(new Accounts(fixture.appDatabase()).find("analist")).isPresent();
        });
    }
}

package nl.dekkend.dashboard.inloggen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.dekkend.appdb.AuditFilter;
import nl.dekkend.appdb.AuditLog;
import nl.dekkend.appdb.Tokens;
import nl.dekkend.dashboard.DashboardServer;
import nl.dekkend.dashboard.ServingFixture;
import nl.dekkend.dashboard.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login contract, sessions, CSRF, throttling, bearer tokens and the security headers. */
class LoginTest {

    @TempDir
    Path warehouseDir;

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2024-01-15T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private ServingFixture fixture() {
        ServingFixture fixture = new ServingFixture(warehouseDir);
        fixture.publish("x", "po3009");
        return fixture;
    }

    @Test
    void withoutASessionPagesRedirectToTheLoginAndTheApiAnswers401() {
        JavalinTest.test(DashboardServer.create(fixture().config()), (server, http) -> {
            TestUser anonymous = new TestUser(http.getOrigin());
            for (String page :
                    List.of("/", "/deelname", "/indicatoren/deelname_sbo", "/datakwaliteit", "/beheer/audit")) {
                TestUser.Response response = anonymous.get(page);
                assertThat(response.code()).as(page).isEqualTo(303);
                assertThat(response.header("Location")).as(page).isEqualTo("/inloggen");
                assertThat(response.body().string()).doesNotContain("1,83");
            }
            TestUser.Response api = anonymous.get("/api/indicatoren/deelname_sbo");
            assertThat(api.code()).isEqualTo(401);
            assertThat(api.body().string()).contains("Niet ingelogd").doesNotContain("316");
        });
    }

    @Test
    void theLoginFormHasACsrfFieldAndARightPasswordGivesASessionCookieAnd303() {
        ServingFixture fixture = fixture();
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser user = new TestUser(http.getOrigin());
            TestUser.Response form = user.get("/inloggen");
            assertThat(form.code()).isEqualTo(200);
            assertThat(form.body().string())
                    .containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[A-Za-z0-9_-]{43}\">")
                    .contains("name=\"gebruikersnaam\"", "name=\"wachtwoord\"");
            String before = user.cookie();

            TestUser.Response login = user.login("analist", ServingFixture.password("analist"));
            assertThat(login.code()).isEqualTo(303);
            assertThat(login.header("Location")).isEqualTo("/");
            String cookie = login.headers().allValues("Set-Cookie").get(0);
            assertThat(cookie).startsWith("dekkend_sessie=").contains("HttpOnly", "SameSite=Lax", "Path=/");
            assertThat(cookie).doesNotContain("Secure"); // plain http here
            assertThat(user.cookie()).as("a new session id after login").isNotEqualTo(before);

            assertThat(user.get("/deelname").body().string()).contains("1,83 %", "analist");
            assertThat(new AuditLog(fixture.appDatabase())
                            .list(AuditFilter.alles().actie(AuditLog.INLOGGEN)))
                    .extracting(e -> e.gebruiker())
                    .containsExactly("analist");

            TestUser.Response logout = user.post("/uitloggen", Map.of());
            assertThat(logout.code()).isEqualTo(303);
            assertThat(logout.header("Location")).isEqualTo("/inloggen");
            assertThat(user.get("/deelname").code()).isEqualTo(303);
        });
    }

    @Test
    void theSessionCookieIsSecureBehindATlsProxy() throws Exception {
        JavalinTest.test(DashboardServer.create(fixture().config()), (server, http) -> {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(http.getOrigin() + "/inloggen"))
                                    .header("X-Forwarded-Proto", "https")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
                    .contains("Secure", "HttpOnly", "SameSite=Lax");
        });
    }

    @Test
    void aWrongPasswordShowsTheFormAgainAndIsLogged() {
        ServingFixture fixture = fixture();
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            TestUser user = new TestUser(http.getOrigin());
            TestUser.Response response = user.login("analist", "niet-het-goede-wachtwoord");
            assertThat(response.code()).isEqualTo(401);
            assertThat(response.body().string()).contains("Gebruikersnaam of wachtwoord klopt niet.");
            assertThat(user.get("/").code()).isEqualTo(303);
            assertThat(new AuditLog(fixture.appDatabase())
                            .list(AuditFilter.alles().actie(AuditLog.INLOGGEN_MISLUKT)))
                    .extracting(e -> e.gebruiker())
                    .containsExactly("analist");
        });
    }

    @Test
    void fiveFailuresMakeTheAccountWaitLongerEachTimeEvenWithTheRightPassword() {
        TestClock clock = new TestClock();
        ServingFixture fixture = fixture();
        JavalinTest.test(DashboardServer.create(fixture.config(clock)), (server, http) -> {
            TestUser user = new TestUser(http.getOrigin());
            for (int i = 0; i < 5; i++) {
                assertThat(user.login("ledenraad", "fout-wachtwoord-" + i).code())
                        .isEqualTo(401);
            }
            TestUser.Response blocked = user.login("ledenraad", ServingFixture.password("ledenraad"));
            assertThat(blocked.code()).isEqualTo(429);
            assertThat(blocked.body().string())
                    .contains("Te veel mislukte pogingen om in te loggen. Probeer het over 30 seconden opnieuw.");

            clock.advance(Duration.ofSeconds(31));
            assertThat(user.login("ledenraad", "nog-steeds-fout").code()).isEqualTo(401);
            // the sixth failure doubles the wait
            assertThat(user.login("ledenraad", ServingFixture.password("ledenraad"))
                            .body()
                            .string())
                    .contains("Probeer het over 60 seconden opnieuw.");
            clock.advance(Duration.ofSeconds(61));
            assertThat(user.login("ledenraad", ServingFixture.password("ledenraad"))
                            .code())
                    .isEqualTo(303);
        });
    }

    @Test
    void failuresFromOneAddressOnManyAccountsAreThrottledToo() {
        TestClock clock = new TestClock();
        JavalinTest.test(DashboardServer.create(fixture().config(clock)), (server, http) -> {
            TestUser user = new TestUser(http.getOrigin());
            for (String naam : List.of("a1", "a2", "a3", "a4", "a5")) {
                assertThat(user.login(naam, "fout-wachtwoord-123").code()).isEqualTo(401);
            }
            assertThat(user.login("analist", ServingFixture.password("analist")).code())
                    .isEqualTo(429);
        });
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        JavalinTest.test(DashboardServer.create(fixture().config()), (server, http) -> {
            TestUser user = new TestUser(http.getOrigin());
            user.get("/inloggen");
            TestUser.Response login = user.post(
                    "/inloggen",
                    Map.of(
                            "_csrf",
                            "verkeerd",
                            "gebruikersnaam",
                            "analist",
                            "wachtwoord",
                            ServingFixture.password("analist")));
            assertThat(login.code()).isEqualTo(403);

            TestUser beheerder = TestUser.as(http.getOrigin(), "beheerder");
            TestUser.Response add = beheerder.post(
                    "/beheer/accounts",
                    Map.of("_csrf", "", "naam", "nieuw", "rol", "analist", "wachtwoord", "een-lang-wachtwoord"));
            assertThat(add.code()).isEqualTo(403);
            assertThat(beheerder.get("/beheer/accounts").body().string()).doesNotContain("nieuw");
            assertThat(beheerder.post("/uitloggen", Map.of("_csrf", "")).code()).isEqualTo(403);
        });
    }

    @Test
    void anIdleSessionExpiresAfterThirtyMinutes() {
        TestClock clock = new TestClock();
        JavalinTest.test(DashboardServer.create(fixture().config(clock)), (server, http) -> {
            TestUser user = TestUser.as(http.getOrigin(), "analist");
            clock.advance(Duration.ofMinutes(29));
            assertThat(user.get("/").code()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(29));
            assertThat(user.get("/").code()).as("used 29 minutes ago").isEqualTo(200);
            clock.advance(Duration.ofMinutes(31));
            assertThat(user.get("/").code()).isEqualTo(303);
        });
    }

    @Test
    void aBearerTokenOpensTheApiWithTheRightsOfItsAccountButNoPages() throws Exception {
        ServingFixture fixture = fixture();
        String token = new Tokens(fixture.appDatabase()).add("gemeente", "test");
        JavalinTest.test(DashboardServer.create(fixture.config()), (server, http) -> {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> api = client.send(
                    HttpRequest.newBuilder(URI.create(http.getOrigin() + "/api/indicatoren/deelname_sbo"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
            var rows = new ObjectMapper().readTree(api.body());
            assertThat(rows.findValuesAsText("niveau")).containsOnly("swv", "gemeente");
            assertThat(rows.findValuesAsText("gebied")).containsOnly("PO3009", "GM1724");

            HttpResponse<String> wrong = client.send(
                    HttpRequest.newBuilder(URI.create(http.getOrigin() + "/api/indicatoren/deelname_sbo"))
                            .header("Authorization", "Bearer dekkend_onzin")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(401);

            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(URI.create(http.getOrigin() + "/deelname"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(303);
        });
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        JavalinTest.test(DashboardServer.create(fixture().config()), (server, http) -> {
            TestUser user = TestUser.as(http.getOrigin(), "analist");
            for (String path : List.of("/", "/deelname", "/api/indicatoren/deelname_sbo", "/inloggen")) {
                TestUser.Response response = user.get(path);
                assertThat(response.header("Content-Security-Policy"))
                        .as(path)
                        .isEqualTo("default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none';"
                                + " base-uri 'none'");
                assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
                assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
                assertThat(response.header("Cache-Control")).as(path).isEqualTo("no-store");
            }
            assertThat(user.get("/deelname").body().string())
                    .as("no inline script: only script elements with src or JSON data")
                    .doesNotContainPattern("<script(?![^>]*(src=|type=\"application/json\"))");
        });
    }
}

package nl.dekkend.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client for functional tests: logs in through the login contract (GET the form, POST it with its
 * {@code _csrf}), keeps the session cookie, and sends the CSRF token of the last page with every form. Redirects are
 * not followed, so tests see the 303s.
 */
public final class TestUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    /** What came back. */
    public record Response(int code, Body body, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The body, read as in Javalin's test tools ({@code response.body().string()}). */
    public record Body(String string) {}

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;
    // volatile: a test may send GETs of one user from several threads
    private volatile String cookie;
    private volatile String csrf = "";

    public TestUser(String origin) {
        this.origin = origin;
    }

    /** Logs in as the fixture account of that role (see {@link ServingFixture#config()}); asserts the 303. */
    public static TestUser as(String origin, String account) {
        TestUser user = new TestUser(origin);
        Response response = user.login(account, ServingFixture.password(account));
        assertThat(response.code()).as("login of %s", account).isEqualTo(303);
        return user;
    }

    public Response login(String account, String password) {
        get("/inloggen");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("gebruikersnaam", account);
        form.put("wachtwoord", password);
        return post("/inloggen", form);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    /** The raw bytes of a download (an XLSX, a CSV with its byte order mark); asserts the 200. */
    public byte[] bytes(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(origin + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the form with the CSRF token of the last page (unless the form has its own {@code _csrf}). */
    public Response post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.putAll(form);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String cookie() {
        return cookie;
    }

    private Response send(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                cookie = pair.endsWith("=") ? null : pair;
            });
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Response(response.statusCode(), new Body(response.body()), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

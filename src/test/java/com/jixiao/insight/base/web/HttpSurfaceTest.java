package com.jixiao.insight.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.store.StoreBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the server answers anyone who has not signed in, over real HTTP: every endpoint of the HTTP API refuses
 * with 401 and a JSON body, health and info answer without details, no other actuator endpoint answers, and
 * every response carries the security headers, the login page included.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.store.path=target/test-stores/http.duckdb", "jixiao.store.rebuild=true"})
class HttpSurfaceTest {

    /** Every HTTP endpoint README documents, as a script would call it. */
    static final List<String[]> DOCUMENTED = List.of(
            new String[] {"GET", "/export/ranking?metric=execution-rate&from=2022&to=2024&format=xlsx"},
            new String[] {"GET", "/export/ranking?metric=score&year=2024&format=csv&lang=en"},
            new String[] {"GET", "/export/briefing?year=2024&format=docx"},
            new String[] {"GET", "/api/backups"},
            new String[] {"POST", "/api/backups"},
            new String[] {"GET", "/api/imports"},
            new String[] {"GET", "/api/imports/1"},
            new String[] {"POST", "/api/imports"},
            new String[] {"POST", "/api/imports/1/confirm"});

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        return JSON.readValue(response.body(), Map.class);
    }

    /** The body of an API error: status, reason, message, path, and nothing that tells how the server is made. */
    private static void assertApiError(HttpResponse<String> response, int status, String path) {
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        Map<String, Object> body = json(response);
        assertThat(body).containsOnlyKeys("status", "error", "message", "path");
        assertThat(body).containsEntry("status", status).containsEntry("path", path);
        assertThat(response.body()).doesNotContain("Exception", "at com.", "at org.", "trace");
    }

    @Test
    void anonymousCallsOfEveryDocumentedEndpointAreRefused() throws Exception {
        for (String[] endpoint : DOCUMENTED) {
            var response = send(endpoint[0], endpoint[1]);
            String path = endpoint[1].replaceFirst("\\?.*", "");
            // POST without a token is refused by CSRF protection (403) or the missing sign-in (401): never served.
            assertApiError(response, endpoint[0].equals("POST") ? response.statusCode() : 401, path);
            assertThat(response.statusCode())
                    .as(endpoint[0] + " " + endpoint[1])
                    .isIn(401, 403);
        }
        for (String path : List.of("/api", "/api/users", "/api/backups/x")) {
            assertApiError(send("GET", path), 401, path);
        }
        // The UI's pages send a browser to the login page, and a script gets 401.
        var page = send("GET", "/rankings", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(send("GET", "/rankings").statusCode()).isEqualTo(401);
    }

    @Test
    void healthAndInfoAnswerWithoutDetailsAndNoOtherActuatorEndpointDoes() throws Exception {
        var health = send("GET", "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health)).containsEntry("status", "UP").doesNotContainKeys("components", "details");
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            var response = send("GET", probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(json(response)).as(probe).containsOnlyKeys("status").containsEntry("status", "UP");
        }
        assertThat(send("GET", "/actuator/health/store").statusCode()).isIn(401, 404);

        var info = send("GET", "/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        Map<String, Object> body = json(info);
        assertThat(body).containsOnlyKeys("app", "store");
        assertThat((Map<String, Object>) body.get("app"))
                .containsEntry("name", "jixiao-insight")
                .containsKey("version");
        assertThat((Map<String, Object>) body.get("store"))
                .containsEntry("schemaVersion", StoreBuilder.SCHEMA_VERSION)
                .containsEntry("content", "real");

        for (String path : List.of(
                "/actuator",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/metrics",
                "/actuator/heapdump",
                "/actuator/loggers",
                "/actuator/mappings",
                "/actuator/shutdown")) {
            assertThat(send("GET", path).statusCode()).as(path).isIn(401, 404);
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (var response : List.of(
                send("GET", "/login", "Accept", "text/html"),
                send("GET", "/", "Accept", "text/html"),
                send("GET", "/actuator/health"),
                send("GET", "/export/ranking"),
                send("GET", "/api/nothing"),
                send("GET", "/no-such-file.png"))) {
            String what = response.request().uri().getPath() + " " + response.statusCode();
            var headers = response.headers();
            assertThat(headers.allValues("Content-Security-Policy"))
                    .as(what)
                    .singleElement()
                    .asString()
                    .contains("default-src 'none'", "script-src 'self' ", "frame-ancestors 'none'", "base-uri 'self'");
            assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
            assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
            assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(what).isPresent();
        }
        var login = send("GET", "/login", "Accept", "text/html");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutesUnlessConfigured() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }

    @Test
    void forwardedHeadersFromAProxyMakeTheSessionCookieSecure() throws Exception {
        var login = send("GET", "/login", "Accept", "text/html", "X-Forwarded-Proto", "https");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
    }
}

package com.jixiao.insight.base.security.token;

import static com.jixiao.insight.store.generated.Tables.API_TOKEN;
import static com.jixiao.insight.store.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An API token's life over real HTTP: made by an admin (secret shown once, only its hash stored), it signs
 * {@code /export/ranking} as its account (role and restriction included) with the use recorded and audited,
 * until it is revoked, expires or its account is disabled: then 401 with a JSON body.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.store.path=target/test-stores/http.duckdb", "jixiao.store.rebuild=true"})
class ApiTokensTest {

    private static final String EXPORT = "/export/ranking?metric=execution-rate&year=2024&format=csv";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext springContext;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void signInAsAdmin() {
        com.jixiao.insight.support.SecurityStrategy.plainThread(springContext);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "token-admin",
                        null,
                        Role.ADMIN.authorities().stream()
                                .map(SimpleGrantedAuthority::new)
                                .toList()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String account(Role role, Restriction restriction) {
        String name = role.code() + "-" + System.nanoTime();
        accounts.create(name, role, UserAccounts.randomPassword(), restriction);
        return name;
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<String> auditOf(String username) {
        return db.select(AUDIT_LOG.ACTION, AUDIT_LOG.OUTCOME, AUDIT_LOG.DETAIL)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.USERNAME.eq(username))
                .orderBy(AUDIT_LOG.ID)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3());
    }

    @Test
    void aTokenSignsExportsUntilItIsRevoked() throws Exception {
        String analyst = account(Role.ANALYST, Restriction.NONE);
        var made = tokens.create("nightly ranking", analyst, LocalDate.now().plusDays(30));
        String secret = made.secret();
        assertThat(secret).startsWith("jxt_").hasSize(47);
        assertThat(Base64.getUrlDecoder().decode(secret.substring(4))).hasSize(32);

        // Only the SHA-256 of the secret is stored.
        var row = db.selectFrom(API_TOKEN)
                .where(API_TOKEN.ID.eq(made.token().id()))
                .fetchOne();
        assertThat(row.getSecretHash()).isEqualTo(ApiTokens.hash(secret)).hasSize(64);
        assertThat(row.intoList()).noneMatch(v -> v != null && v.toString().contains(secret.substring(4)));
        assertThat(row.getLastUsedAt()).isNull();

        var ok = get(EXPORT, "Bearer " + secret);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("武汉市洪山区行政审批局", "淄博市张店区行政审批服务局");
        assertThat(ok.headers().firstValue("Set-Cookie"))
                .as("a token opens no session")
                .isEmpty();

        var used = tokens.list().stream()
                .filter(t -> t.id() == made.token().id())
                .findFirst()
                .orElseThrow();
        assertThat(used.lastUsedAt()).isPresent();
        assertThat(used.status(LocalDateTime.now())).isEqualTo(ApiTokens.Status.ACTIVE);
        assertThat(auditOf(analyst))
                .anyMatch(e -> e.startsWith("token.use ok #" + made.token().id()) && e.endsWith("GET /export/ranking"))
                .anyMatch(e -> e.startsWith("export.ranking ok"));
        assertThat(auditOf("token-admin"))
                .anyMatch(e -> e.startsWith("token.create ok #" + made.token().id()));

        tokens.revoke(made.token().id());
        var refused = get(EXPORT, "Bearer " + secret);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(refused.body()).contains("\"status\":401").doesNotContain(analyst);
        assertThat(auditOf(analyst)).last().asString().startsWith("token.use failed revoked #");
        assertThat(tokens.list().stream().filter(t -> t.id() == made.token().id()))
                .singleElement()
                .matches(t -> t.status(LocalDateTime.now()) == ApiTokens.Status.REVOKED);
        assertThatThrownBy(() -> tokens.revoke(made.token().id())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExpiredTokenOrADisabledAccountIsRefused() throws Exception {
        String analyst = account(Role.ANALYST, Restriction.NONE);
        var expiring = tokens.create("expiring", analyst, LocalDate.now());
        assertThat(get(EXPORT, "Bearer " + expiring.secret()).statusCode()).isEqualTo(200);
        db.update(API_TOKEN)
                .set(API_TOKEN.EXPIRES_AT, LocalDateTime.now().minusMinutes(1))
                .where(API_TOKEN.ID.eq(expiring.token().id()))
                .execute();
        assertThat(get(EXPORT, "Bearer " + expiring.secret()).statusCode()).isEqualTo(401);
        assertThat(auditOf(analyst)).last().asString().startsWith("token.use failed expired #");

        var other = tokens.create("other", analyst, LocalDate.now().plusDays(5));
        accounts.update(analyst, Role.ANALYST, false, Restriction.NONE);
        assertThat(get(EXPORT, "Bearer " + other.secret()).statusCode()).isEqualTo(401);
        assertThat(auditOf(analyst)).last().asString().startsWith("token.use failed account disabled #");

        assertThat(get(EXPORT, "Bearer jxt_" + "A".repeat(43)).statusCode()).isEqualTo(401);
        assertThat(get(EXPORT, "Bearer not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenHasItsAccountsRoleAndRestriction() throws Exception {
        String hubei = account(Role.ANALYST, new Restriction(List.of("湖北省"), List.of()));
        var restricted = tokens.create("hubei export", hubei, LocalDate.now().plusDays(5));
        var csv = get(EXPORT, "Bearer " + restricted.secret());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("武汉市洪山区行政审批局").doesNotContain("淄博市张店区行政审批服务局", "武威市政府政务服务中心");

        String viewer = account(Role.VIEWER, Restriction.NONE);
        var leader = tokens.create("leader", viewer, LocalDate.now().plusDays(5));
        var denied = get(EXPORT, "Bearer " + leader.secret());
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("\"status\":403", "\"path\":\"/export/ranking\"");
        // The briefing is for every role.
        var briefing = get("/export/briefing?year=2024&format=docx", "Bearer " + leader.secret());
        assertThat(briefing.statusCode()).isEqualTo(200);
        assertThat(briefing.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
    }

    @Test
    void backupsOverHttpAreForAdminTokensAndNeedNoCsrfToken() throws Exception {
        String admin = account(Role.ADMIN, Restriction.NONE);
        String analyst = account(Role.ANALYST, Restriction.NONE);
        String adminToken = tokens.create(
                        "nightly backup", admin, LocalDate.now().plusDays(5))
                .secret();
        String analystToken = tokens.create(
                        "not allowed", analyst, LocalDate.now().plusDays(5))
                .secret();

        var taken = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/backups"))
                        .header("Authorization", "Bearer " + adminToken)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(taken.statusCode()).isEqualTo(201);
        assertThat(taken.body()).startsWith("{\"name\":\"jixiao-").contains("\"bytes\":");
        String name = taken.body().substring(9, taken.body().indexOf('"', 9));
        assertThat(get("/api/backups", "Bearer " + adminToken).body()).contains(name);
        assertThat(auditOf(admin)).anyMatch(e -> e.startsWith("backup ok"));

        var denied = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/backups"))
                        .header("Authorization", "Bearer " + analystToken)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("\"status\":403");
    }

    @Test
    void batchImportsOverHttpTakeAnAdminsTokenOrBasicAndRefuseWithJsonErrors() throws Exception {
        String admin = "admin-" + System.nanoTime();
        String password = UserAccounts.randomPassword();
        accounts.create(admin, Role.ADMIN, password, Restriction.NONE);
        String adminToken =
                tokens.create("batch job", admin, LocalDate.now().plusDays(5)).secret();
        String analystToken = tokens.create(
                        "no batches",
                        account(Role.ANALYST, Restriction.NONE),
                        LocalDate.now().plusDays(5))
                .secret();

        var recent = get("/api/imports", "Bearer " + adminToken);
        assertThat(recent.statusCode()).isEqualTo(200);
        assertThat(recent.body()).startsWith("[");
        assertApiError(get("/api/imports", "Bearer " + analystToken), 403, "/api/imports", "role");
        assertApiError(
                get("/api/imports/987654321", "Bearer " + adminToken), 404, "/api/imports/987654321", "no batch");

        // A script's POST carries its credentials, a token or HTTP Basic: no CSRF token is asked for.
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8));
        for (String authorization : List.of("Bearer " + adminToken, basic)) {
            var confirm = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports/987654321/confirm"))
                            .header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertApiError(confirm, 404, "/api/imports/987654321/confirm", "no batch 987654321");
        }
        var badMode = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                        .header("Authorization", "Bearer " + adminToken)
                        .header("Content-Type", "multipart/form-data; boundary=b0undary")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "--b0undary\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nbogus\r\n"
                                        + "--b0undary--\r\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertApiError(badMode, 400, "/api/imports", "mode is 'preview' or left out, not 'bogus'");
    }

    private static void assertApiError(HttpResponse<String> response, int status, String path, String message) {
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body())
                .startsWith("{\"status\":" + status + ",\"error\":")
                .contains("\"path\":\"" + path + "\"", message)
                .doesNotContain("Exception", "at com.");
    }

    @Test
    void onlyAdminsManageTokensAndTheyAreChecked() {
        String analyst = account(Role.ANALYST, Restriction.NONE);
        assertThatThrownBy(() -> tokens.create(" ", analyst, LocalDate.now().plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.create("x", "nobody-" + System.nanoTime(), LocalDate.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.create("x", analyst, LocalDate.now().minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.create("x", analyst, LocalDate.now().plusDays(ApiTokens.MAX_DAYS + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        analyst,
                        null,
                        Role.ANALYST.authorities().stream()
                                .map(SimpleGrantedAuthority::new)
                                .toList()));
        assertThatThrownBy(() -> tokens.create("mine", analyst, LocalDate.now().plusDays(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.list()).isInstanceOf(AccessDeniedException.class);
    }
}

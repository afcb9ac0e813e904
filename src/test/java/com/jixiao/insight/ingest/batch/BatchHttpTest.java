package com.jixiao.insight.ingest.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.dashboard.OverviewService;
import com.jixiao.insight.ingest.batch.BatchFixtures.Report;
import com.jixiao.insight.projects.ProjectFilter;
import com.jixiao.insight.projects.ProjectService;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.support.SecurityStrategy;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A batch sent over HTTP ({@code POST /api/imports}, multipart, an administrator's Basic credentials) while 20
 * readers use the dashboards (the overview and the project list as their views call them, the ranking export over
 * HTTP): no reader fails, the batch's progress is read with {@code GET /api/imports/{id}} until it is done, every
 * good file is in, the bad ones are listed with their reasons; and a viewer may not send a batch.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "jixiao.store.path=target/test-stores/batch-http-${random.uuid}.duckdb",
            "jixiao.store.rebuild=true",
            "jixiao.store.pool-size=24",
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.copilot.enable=false"
        })
class BatchHttpTest {

    static final int READERS = 20;
    static final int REPORTS = 60;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    OverviewService overview;

    @Autowired
    ProjectService projects;

    @Autowired
    ApplicationContext spring;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String[] account(Role role) {
        String name = role.code() + "-" + System.nanoTime();
        String password = UserAccounts.randomPassword();
        signIn(Role.ADMIN);
        try {
            accounts.create(name, role, password, Restriction.NONE);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new String[] {name, password};
    }

    private static void signIn(Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "t-" + role.code(),
                        null,
                        role.authorities().stream()
                                .map(SimpleGrantedAuthority::new)
                                .toList()));
    }

    private static String basic(String[] account) {
        return "Basic "
                + Base64.getEncoder().encodeToString((account[0] + ":" + account[1]).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String[] account, List<Report> files) throws Exception {
        String boundary = "----batch" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Report r : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + r.name()
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(r.bytes());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"region\"\r\n\r\n"
                        + BatchFixtures.REGION + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                        .header("Authorization", basic(account))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String[] account, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic(account))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBatchOverHttpWhileTwentyReadersUseTheDashboards() throws Exception {
        SecurityStrategy.plainThread(spring);
        String[] admin = account(Role.ADMIN);
        String[] analyst = account(Role.ANALYST);
        String[] viewer = account(Role.VIEWER);
        List<Report> files = new ArrayList<>();
        for (int k = 0; k < REPORTS; k++) {
            files.add(BatchFixtures.derived("h", k));
        }
        files.add(new Report("photo.png", BatchFixtures.binary(7), null, 0, 0, 0));
        files.add(new Report("cut.txt", BatchFixtures.truncated(BatchFixtures.derived("h", REPORTS)), null, 0, 0, 0));

        assertThat(post(viewer, files.subList(0, 1)).statusCode()).isEqualTo(403);

        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Double> overviewMs = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(READERS);
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            pool.submit(() -> {
                signIn(Role.VIEWER);
                started.countDown();
                try {
                    int before = 5;
                    while (importing.get()) {
                        long t0 = System.nanoTime();
                        int units = overview.overview(Scope.all()).kpis().units();
                        overviewMs.add((System.nanoTime() - t0) / 1e6);
                        // Never fewer than the seeds' units, never fewer than a reader saw before.
                        assertThat(units).isGreaterThanOrEqualTo(before);
                        before = units;
                        assertThat(projects.count(Scope.all(), ProjectFilter.none()))
                                .isGreaterThanOrEqualTo(28);
                        if (reader % 4 == 0) {
                            HttpResponse<String> csv =
                                    get(analyst, "/export/ranking?metric=execution-rate&year=2024&format=csv");
                            assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
                        }
                        reads.incrementAndGet();
                    }
                } catch (Throwable t) {
                    errors.add(t);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        started.await();

        long t0 = System.nanoTime();
        HttpResponse<String> sent = post(admin, files);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        Matcher id = Pattern.compile("\"batchId\"\\s*:\\s*(\\d+)").matcher(sent.body());
        assertThat(id.find()).as(sent.body()).isTrue();
        String progress = "";
        int polls = 0;
        while (System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(5)) {
            HttpResponse<String> p = get(admin, "/api/imports/" + id.group(1));
            assertThat(p.statusCode()).isEqualTo(200);
            progress = p.body();
            polls++;
            if (!progress.contains("\"state\":\"running\"")) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        importing.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        double[] times =
                overviewMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                "BatchHttpTest: %d files in %.1f s over HTTP (%d progress polls); %d readers, %d reads, %d errors;"
                        + " overview median %.1f ms during the batch%n",
                files.size(), seconds, polls, READERS, reads.get(), errors.size(), times[times.length / 2]);
        errors.forEach(Throwable::printStackTrace);
        assertThat(errors).isEmpty();
        assertThat(reads.get()).isGreaterThan(READERS);
        assertThat(progress).contains("\"state\":\"done\"");
        assertThat(count(progress, "\"outcome\":\"new\"")).isEqualTo(REPORTS);
        assertThat(count(progress, "\"outcome\":\"refused\"")).isEqualTo(2);
        assertThat(progress).contains("\"code\":\"binary\"").contains("\"code\":\"truncatedRow\"");
        assertThat(get(viewer, "/api/imports/" + id.group(1)).statusCode()).isEqualTo(403);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

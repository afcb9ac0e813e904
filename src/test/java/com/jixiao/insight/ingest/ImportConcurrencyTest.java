package com.jixiao.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.dashboard.CompareService;
import com.jixiao.insight.dashboard.OverviewService;
import com.jixiao.insight.projects.ProjectFilter;
import com.jixiao.insight.projects.ProjectService;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.support.SecurityStrategy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 50 readers call the services the views use while a revised report is imported: no reader fails, and
 * each sees either the old state (武威 2022 scored 88) or the new one (87), never a mixture.
 */
@SpringBootTest(
        properties = {
            "jixiao.store.path=target/test-stores/concurrency-${random.uuid}.duckdb",
            "jixiao.store.rebuild=true",
            "jixiao.store.pool-size=16"
        })
class ImportConcurrencyTest {

    @Autowired
    ImportService imports;

    @Autowired
    OverviewService overview;

    @Autowired
    CompareService compare;

    @Autowired
    ProjectService projects;

    @Autowired
    ApplicationContext springContext;

    private static void signIn(Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "t-" + role.code(),
                        null,
                        role.authorities().stream()
                                .map(SimpleGrantedAuthority::new)
                                .toList()));
    }

    @Test
    void readersSeeTheOldOrTheNewStateAndNeverFail() throws Exception {
        SecurityStrategy.plainThread(springContext);
        byte[] revised = new String(
                        TestStores.resource("/data/sources/004_0ed4b7e3fbc5b049.txt"), StandardCharsets.UTF_8)
                .replace("合 计\t\t\t\t\t\t\t88", "合 计\t\t\t\t\t\t\t87")
                .getBytes(StandardCharsets.UTF_8);
        int readers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch started = new CountDownLatch(readers);
        for (int r = 0; r < readers; r++) {
            pool.submit(() -> {
                signIn(Role.VIEWER);
                started.countDown();
                try {
                    // Read until the import is done, and a little beyond.
                    long until = Long.MAX_VALUE;
                    while (System.nanoTime() < until) {
                        assertThat(overview.overview(Scope.all()).kpis().units())
                                .isEqualTo(5);
                        var wuwei = compare.compare(Scope.all(), List.of()).stream()
                                .filter(u -> u.unitName().equals("武威市政府政务服务中心"))
                                .findFirst()
                                .orElseThrow();
                        BigDecimal score = wuwei.reportedScore();
                        seen.add(score.stripTrailingZeros().toPlainString());
                        assertThat(projects.count(Scope.all(), ProjectFilter.none()))
                                .isEqualTo(28);
                        reads.incrementAndGet();
                        if (!importing.get() && until == Long.MAX_VALUE) {
                            until = System.nanoTime() + 200_000_000L;
                        }
                    }
                } catch (Throwable t) {
                    errors.add(t);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        started.await();
        var outcome = pool.submit(() -> {
                    signIn(Role.ADMIN);
                    try {
                        return imports.store(new ImportRequest("wuwei-revised.txt", revised, "甘肃省/武威市"));
                    } finally {
                        importing.set(false);
                        SecurityContextHolder.clearContext();
                    }
                })
                .get(120, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        System.out.printf(
                "ImportConcurrencyTest: %d readers, %d reads during the import (%s), scores seen %s, %d errors%n",
                readers, reads.get(), outcome.status(), seen, errors.size());
        assertThat(errors).isEmpty();
        assertThat(seen).isSubsetOf("88", "87").contains("87");
        assertThat(reads.get()).isGreaterThan(readers);
    }
}

package com.jixiao.insight.benchmark;

import static com.jixiao.insight.store.generated.Tables.EVALUATION;
import static com.jixiao.insight.store.generated.Tables.INDICATOR;

import com.jixiao.insight.Application;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.StoreProperties;
import com.jixiao.insight.dashboard.ui.OverviewView;
import com.jixiao.insight.projects.ui.ProjectDetailView;
import com.jixiao.insight.projects.ui.ProjectsView;
import com.jixiao.insight.ranking.ui.RankingsView;
import com.jixiao.insight.synthetic.Scale;
import com.jixiao.insight.synthetic.SyntheticStore;
import com.jixiao.insight.targets.ui.UnmetTargetsView;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Heap retained per open UI session: how much memory the server keeps for each user who leaves the
 * heaviest screens open (target: at most 5 MB per session). Run it with {@code ./mvnw -B test -Pbench}
 * (a small synthetic store made in a temporary folder) or add {@code -Djixiao.store.path=FILE} for a given
 * store, {@code -Djixiao.bench.sessions=N} (default 20) and {@code -Djixiao.bench.screens=overview,projects,detail,unmet,rankings}
 * (the default: all five) to measure fewer. It prints a table and writes
 * {@code target/bench/session-heap.md} and {@code .csv}.
 *
 * <p>How it measures, and why:
 * <ul>
 * <li>Sessions are Vaadin browserless sessions ({@code BrowserlessApplicationContext}, one signed-in user per
 *   session) in the JVM of the application context: the views, the layout, the grids' data providers and
 *   the charts are the objects a real session holds, with no browser to drive, and the server's heap is
 *   this JVM's heap. Playwright with N browser contexts would measure the same objects, slower and with
 *   the heap in another process.</li>
 * <li>After each navigation it does what writing the response does on a real server: the changes and
 *   JavaScript calls are collected and forgotten ({@link #respond}). Browserless has no client and would
 *   otherwise keep a whole view's changes per session, which a real session does not.</li>
 * <li>The screens a user keeps open: the overview {@code /}, the projects {@code /projects}, one project detail
 *   (the project with the most indicators), the unmet targets {@code /unmet} and the rankings {@code /rankings},
 *   each as the navigation opens it (no filters in the URL: the widest scope, so the heaviest).</li>
 * <li>Per screen, N sessions each show that screen; then N sessions each keep all five open in five windows
 *   (the figure to hold against the target). Retained per session = (used heap after full GC with the N
 *   sessions open − used heap after full GC just before they were opened) / N. What the first session
 *   loads once (classes, caches) is kept out: every screen is opened and closed twice before measuring.</li>
 * <li>"After full GC": {@code System.gc()} (a full collection with G1) repeated until the used heap stops
 *   shrinking, read from the {@code MemoryMXBean}. That is not a retained-size analysis of a heap dump,
 *   but with N sessions the noise (a few hundred kB) is small against the figure.</li>
 * <li>Left out: the servlet container's HTTP session and the push connection (a few kB per session).</li>
 * <li>The store is opened read-only, so the benchmark may run against a store others read, and never
 *   changes it (the first-start account creation is switched off).</li>
 * <li>{@code -Djixiao.bench.histogram=true} also prints the classes that grew most per session with all five
 *   screens open: what dominates.</li>
 * </ul>
 * A measurement, not a test: it asserts nothing, is tagged {@code bench}, and {@code ./mvnw test} leaves it
 * out (see the {@code bench} profile in {@code pom.xml}).
 */
@Tag("bench")
@SpringBootTest(
        properties = {
            "spring.main.allow-bean-definition-overriding=true",
            "logging.level.root=warn",
            "logging.level.org.atmosphere=warn"
        })
class SessionHeapBenchmark {

    private static final int SESSIONS = Integer.getInteger("jixiao.bench.sessions", 20);
    private static final List<String> SCREENS =
            List.of(System.getProperty("jixiao.bench.screens", "overview,projects,detail,unmet,rankings")
                    .split(","));
    private static final double MB = 1024.0 * 1024.0;

    /** One screen a user keeps open: its key, its name, its location and its route class. */
    private record Screen(String key, String name, String location, Class<? extends Component> view) {}

    /** One line of the table. */
    record Line(String name, int sessions, long baselineBytes, long withSessionsBytes) {

        double perSessionMb() {
            return (withSessionsBytes - baselineBytes) / MB / sessions;
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("jixiao.store.path", SessionHeapBenchmark::storePath);
    }

    private static String storePath() {
        String given = System.getProperty("jixiao.store.path");
        if (given != null && !given.isBlank()) {
            return given;
        }
        try {
            Path store = Files.createTempDirectory("session-heap").resolve("small.duckdb");
            SyntheticStore.generate(store, Scale.SMALL, 20261122L);
            return store.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read-only: the benchmark looks, never writes. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ReadOnlyStore {

        @Bean(destroyMethod = "close")
        DataSource dataSource(StoreProperties store) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("jixiao-store-read-only");
            config.setDriverClassName("org.duckdb.DuckDBDriver");
            config.setJdbcUrl("jdbc:duckdb:" + store.path());
            config.addDataSourceProperty("duckdb.read_only", "true");
            config.setReadOnly(true); // else the pool asks DuckDB for read-write connections, which it refuses
            config.setMaximumPoolSize(store.poolSize());
            config.setMinimumIdle(1);
            return new HikariDataSource(config);
        }

        @Bean
        ApplicationRunner firstAdmin() {
            return args -> {};
        }
    }

    @Autowired
    ApplicationContext spring;

    @Autowired
    DSLContext db;

    @Test
    void heapRetainedPerOpenSession() throws Exception {
        long project = db.select(INDICATOR.EVALUATION_ID)
                .from(INDICATOR)
                .join(EVALUATION)
                .on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .where(EVALUATION.KIND.eq("project"))
                .groupBy(INDICATOR.EVALUATION_ID)
                .orderBy(DSL.count().desc(), INDICATOR.EVALUATION_ID)
                .limit(1)
                .fetchSingle()
                .value1();
        List<Screen> screens = List.of(
                        new Screen("overview", "overview /", "", OverviewView.class),
                        new Screen("projects", "projects /projects", "projects", ProjectsView.class),
                        new Screen(
                                "detail",
                                "project detail /projects/" + project,
                                "projects/" + project,
                                ProjectDetailView.class),
                        new Screen("unmet", "unmet targets /unmet", "unmet", UnmetTargetsView.class),
                        new Screen("rankings", "rankings /rankings", "rankings", RankingsView.class))
                .stream()
                .filter(s -> SCREENS.contains(s.key()))
                .toList();

        try (SecuredBrowserlessApplicationContext<Authentication> app =
                SpringBrowserlessApplicationContext.createSecured(spring, Application.class)) {
            for (int round = 0; round < 2; round++) { // warm-up: classes, caches, JIT, each screen opened twice
                close(open(app, 1, screens));
            }
            List<Line> lines = new ArrayList<>();
            for (Screen screen : screens) {
                lines.add(measure(app, screen.name(), List.of(screen)));
            }
            boolean histogram = Boolean.getBoolean("jixiao.bench.histogram");
            String before = histogram ? histogram() : "";
            lines.add(measure(app, "one session with all " + screens.size() + " open", screens));
            String md = write(
                    lines,
                    "Heap retained per open session, "
                            + spring.getBean(StoreProperties.class).path().getFileName() + " (" + SESSIONS
                            + " sessions, max heap "
                            + Math.round(Runtime.getRuntime().maxMemory() / MB) + " MB)",
                    Path.of("target", "bench"));
            System.out.println();
            System.out.println(md);
            System.out.println("(written to target/bench/session-heap.md and .csv)");
            if (histogram) {
                List<BrowserlessUserContext> open = open(app, SESSIONS, screens);
                System.out.println(growth(before, histogram(), SESSIONS));
                close(open);
            }
        }
    }

    private Line measure(SecuredBrowserlessApplicationContext<Authentication> app, String name, List<Screen> screens)
            throws InterruptedException {
        long baseline = usedAfterGc();
        List<BrowserlessUserContext> users = open(app, SESSIONS, screens);
        long with = usedAfterGc();
        close(users);
        return new Line(name, SESSIONS, baseline, with);
    }

    /** N users, each signed in and showing the screens, one window each. */
    private static List<BrowserlessUserContext> open(
            SecuredBrowserlessApplicationContext<Authentication> app, int n, List<Screen> screens) {
        List<BrowserlessUserContext> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var authorities = AuthorityUtils.createAuthorityList(Role.ADMIN.authorities());
            var signedIn = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                    new User("bench" + i, "", authorities), null, authorities));
            BrowserlessUserContext user = app.newUser(signedIn.getAuthentication());
            // The app's Vaadin-aware security strategy reads the user from the HTTP session, as after a real login.
            user.getSession()
                    .getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn);
            for (Screen screen : screens) {
                var window = user.newWindow();
                Component shown = window.navigate(screen.location(), screen.view());
                if (!screen.view().isInstance(shown)) {
                    throw new IllegalStateException(screen.name() + " did not open");
                }
                window.roundTrip();
                respond(window.getUI());
            }
            users.add(user);
        }
        return users;
    }

    /**
     * What writing the response does on a real server: the changes and JavaScript calls are sent and
     * forgotten. Browserless has no client, so it keeps them (all of them: a whole view) until told.
     */
    private static void respond(UI ui) {
        ui.getInternals().getStateTree().collectChanges(change -> {});
        ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    private static void close(List<BrowserlessUserContext> users) {
        users.forEach(BrowserlessUserContext::close);
    }

    /** Used heap after full collections, repeated until it stops shrinking. */
    private static long usedAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(150);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used >= best && i >= 3) {
                return best;
            }
            best = Math.min(best, used);
        }
        return best;
    }

    /** The class histogram after a full GC (what {@code jcmd PID GC.class_histogram} prints). */
    private static String histogram() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
    }

    /** The 15 classes whose instances grew most, per session. */
    private static String growth(String before, String after, int sessions) {
        Function<String, Map<String, Long>> bytes = h -> h.lines()
                .map(String::strip)
                .filter(l -> l.matches("\\d+:.*"))
                .map(l -> l.split("\\s+"))
                .collect(Collectors.toMap(p -> p[3], p -> Long.parseLong(p[2]), Long::sum));
        Map<String, Long> b = bytes.apply(before);
        StringBuilder out = new StringBuilder(
                "Classes that grew most, per session with all five open:\n\n| class | kB per session |\n|---|---:|\n");
        bytes.apply(after).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - b.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> out.append(
                        String.format(Locale.ROOT, "| %s | %.1f |%n", e.getKey(), e.getValue() / 1024.0 / sessions)));
        return out.toString();
    }

    private static String write(List<Line> lines, String title, Path dir) {
        StringBuilder md = new StringBuilder("### " + title
                + "\n\n| views open | sessions | heap before MB | heap with sessions MB | per session MB |\n"
                + "|---|---:|---:|---:|---:|\n");
        StringBuilder csv =
                new StringBuilder("views,sessions,heap_before_bytes,heap_with_sessions_bytes,per_session_mb\n");
        for (Line l : lines) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.2f |%n",
                    l.name(),
                    l.sessions(),
                    l.baselineBytes() / MB,
                    l.withSessionsBytes() / MB,
                    l.perSessionMb()));
            csv.append(String.format(
                    Locale.ROOT,
                    "\"%s\",%d,%d,%d,%.3f%n",
                    l.name(),
                    l.sessions(),
                    l.baselineBytes(),
                    l.withSessionsBytes(),
                    l.perSessionMb()));
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("session-heap.md"), md);
            Files.writeString(dir.resolve("session-heap.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return md.toString();
    }
}

package com.jixiao.insight.browser;

import com.jixiao.insight.Application;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app the real-browser tests drive, on a store of its own with one account per role asked for.
 *
 * <p>With {@code -Djixiao.test.jar=target/jixiao-insight-….jar} (as {@code .ci/run} passes it) it is the
 * shipped jar, started as a process the way README deploys it: production mode, accounts made beforehand with
 * the jar's own {@code user add}, ready when {@code /actuator/health/readiness} says so. Without it (a developer's
 * {@code ./mvnw test}) it is the application in this JVM, in Vaadin's development mode. In CI (env {@code CI})
 * the jar is required, so what is shipped is what the browser tests test.
 */
final class RunningApp implements AutoCloseable {

    static final String JAR_PROPERTY = "jixiao.test.jar";

    private final String baseUrl;
    private final Map<Role, String[]> accounts;
    private final Process process;
    private final Path log;
    private final ConfigurableApplicationContext context;

    private RunningApp(
            String baseUrl,
            Map<Role, String[]> accounts,
            Process process,
            Path log,
            ConfigurableApplicationContext context) {
        this.baseUrl = baseUrl;
        this.accounts = accounts;
        this.process = process;
        this.log = log;
        this.context = context;
    }

    /** Starts the app on a new store with an account for each of {@code roles}. */
    static RunningApp start(String name, Role... roles) throws Exception {
        String jar = System.getProperty(JAR_PROPERTY, "");
        if (jar.isBlank()) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI tests the shipped jar: pass -D" + JAR_PROPERTY + "=target/….jar");
            }
            return inProcess(name, roles);
        }
        return shippedJar(Path.of(jar).toAbsolutePath(), name, roles);
    }

    /** Whether this is the shipped jar in production mode (not the development mode of ./mvnw test). */
    boolean isShippedJar() {
        return process != null;
    }

    String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    String[] account(Role role) {
        return accounts.get(role);
    }

    /** What the jar printed so far (empty in process). */
    String log() throws IOException {
        return log == null ? "" : Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            process.destroy(); // SIGTERM: a graceful shutdown, as systemd would stop it
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (context != null) {
            context.close();
        }
    }

    private static RunningApp shippedJar(Path jar, String name, Role... roles) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " does not exist: build it with ./mvnw -Pproduction -DskipTests package");
        }
        Path dir = Files.createDirectories(Path.of("target", "jar-runs", name + "-" + UUID.randomUUID()))
                .toAbsolutePath();
        Path store = dir.resolve("store").resolve("jixiao.duckdb");
        Map<Role, String[]> accounts = new EnumMap<>(Role.class);
        for (Role role : roles) {
            String user = role.code() + "-" + name.toLowerCase(java.util.Locale.ROOT);
            String out = runCommand(jar, dir, store, "user", "add", user, "--role", role.code());
            String marker = "shown only now: ";
            int at = out.indexOf(marker);
            if (at < 0) {
                throw new IllegalStateException("user add printed no password:\n" + out);
            }
            accounts.put(role, new String[] {
                user, out.substring(at + marker.length()).strip()
            });
        }
        int port = freePort();
        Path log = dir.resolve("app.log");
        ProcessBuilder app = new ProcessBuilder(java(), "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        app.environment().put("JIXIAO_STORE", store.toString());
        Process process = app.start();
        String base = "http://localhost:" + port;
        waitUntilReady(base, process, log);
        return new RunningApp(base, accounts, process, log, null);
    }

    /** Runs a command of the jar on the store and returns what it printed; fails on a non-zero exit. */
    private static String runCommand(Path jar, Path dir, Path store, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.add("--jixiao.store.path=" + store);
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed:\n" + out);
        }
        return out;
    }

    private static void waitUntilReady(String base, Process process, Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the jar stopped with " + process.exitValue() + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the jar was not ready within 300 s:\n" + Files.readString(log));
    }

    private static RunningApp inProcess(String name, Role... roles) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .properties(
                        "server.port=0",
                        "jixiao.store.path=target/test-stores/" + name + "-" + UUID.randomUUID() + ".duckdb",
                        // Development tools draw an overlay that would take the clicks of a real user.
                        "vaadin.devmode.devTools.enabled=false",
                        "vaadin.copilot.enable=false",
                        "vaadin.launch-browser=false")
                .run();
        int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        UserAccounts users = context.getBean(UserAccounts.class);
        Map<Role, String[]> accounts = new EnumMap<>(Role.class);
        for (Role role : roles) {
            accounts.put(role, BrowserAccounts.create(users, role));
        }
        return new RunningApp("http://localhost:" + port, accounts, null, null, context);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

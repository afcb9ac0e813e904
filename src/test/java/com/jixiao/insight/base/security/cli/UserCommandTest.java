package com.jixiao.insight.base.security.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.LocalOperator;
import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.base.security.token.ApiTokens;
import com.jixiao.insight.support.SecurityStrategy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(properties = {"jixiao.store.path=target/test-stores/views.duckdb", "jixiao.store.rebuild=true"})
class UserCommandTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokens tokens;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Autowired
    ApplicationContext springContext;

    @BeforeEach
    void operator() {
        SecurityStrategy.plainThread(springContext);
        LocalOperator.signIn();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return UserCommand.run(
                accounts,
                tokens,
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void addsAnAccountWithAGeneratedPasswordShownOnce() {
        String name = "leader-" + System.nanoTime();
        assertThat(run("add", name, "--role", "viewer", "--region", "湖北省/武汉市")).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        String password = printed.substring(printed.lastIndexOf(' ') + 1).strip();
        assertThat(password).hasSize(20);
        var stored = accounts.find(name, false).orElseThrow();
        assertThat(encoder.matches(password, stored.getPassword())).isTrue();
        assertThat(stored.getPassword()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(stored.restriction().regionPaths()).containsExactly("湖北省/武汉市");

        assertThat(run("password", name)).isZero();
        String changed = out.toString(StandardCharsets.UTF_8).strip();
        changed = changed.substring(changed.lastIndexOf(' ') + 1);
        assertThat(encoder.matches(
                        changed, accounts.find(name, false).orElseThrow().getPassword()))
                .isTrue();
        assertThat(run("list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(name + "\tviewer\tregions=[湖北省/武汉市]");
    }

    @Test
    void badArgumentsSaySoAndChangeNothing() {
        int before = accounts.list().size();
        assertThat(run("add", "x-" + System.nanoTime(), "--role", "boss")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown role 'boss'");
        assertThat(run("add", "a b", "--role", "viewer")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("user name must be");
        assertThat(run("password", "nobody-here")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(accounts.list()).hasSize(before);
    }

    @Test
    void makesListsAndRevokesApiTokens() {
        String job = "job-" + System.nanoTime();
        assertThat(run("add", job, "--role", "analyst")).isZero();
        assertThat(run("token", "create", "nightly export", "--user", job, "--days", "30"))
                .isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[0])
                .startsWith("Created token #")
                .contains(
                        "for " + job,
                        "valid through " + java.time.LocalDate.now().plusDays(30));
        String secret = lines[1].strip();
        assertThat(secret).startsWith("jxt_").hasSize(47);
        String id = lines[0].substring("Created token #".length(), lines[0].indexOf(' ', "Created token #".length()));
        assertThat(tokens.authenticate(secret, "test"))
                .map(u -> u.getUsername())
                .contains(job);

        assertThat(run("token", "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(id + "\tnightly export\t" + job + "\t")
                .contains("\tactive")
                .doesNotContain(secret);
        assertThat(run("token", "revoke", id)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Revoked token #" + id);
        assertThat(tokens.authenticate(secret, "test")).isEmpty();

        assertThat(run("token", "create", "no account")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs --user");
        assertThat(run("token", "create", "too long", "--user", job, "--days", "400"))
                .isEqualTo(2);
        assertThat(run("token", "revoke", "abc")).isEqualTo(2);
        assertThat(run("token", "frobnicate")).isEqualTo(2);
    }

    @Test
    void theFirstAdminIsCreatedOnlyWhenThereIsNoAccount() {
        // The application's first start has run already: an admin exists, so nothing is created again.
        assertThat(accounts.find("admin", false)).isPresent();
        assertThat(accounts.createFirstAdmin()).isEmpty();
    }
}

package com.jixiao.insight.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright (which may not download a browser of its own here), and what a page
 * reports in its console: every error, a blocked Content-Security-Policy directive among them, fails a test.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target", "screenshots");

    private Browsers() {}

    /** Skips the test on a machine without Chromium; in CI (.ci/run installs it) it must be there. */
    static void requireChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.assumeTrue(System.getenv("CI") == null, "CI must provide " + CHROMIUM);
            Assumptions.abort("no Chromium at " + CHROMIUM);
        }
        Files.createDirectories(SHOTS);
    }

    static Playwright playwright() {
        // Assertions wait as long as actions do: a busy CI machine imports a report in more than 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** Console errors and uncaught exceptions of a page, collected as they happen. */
    static final class ConsoleErrors {

        private final List<String> errors = new CopyOnWriteArrayList<>();

        ConsoleErrors(Page page) {
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text() + (m.location() == null ? "" : " @ " + m.location()));
                }
            });
            page.onPageError(e -> errors.add("uncaught: " + e));
        }

        List<String> all() {
            return List.copyOf(errors);
        }

        /** Errors a test provokes on purpose (e.g. the 403 of a page a viewer may not open). */
        void forgive(String containing) {
            errors.removeIf(e -> e.contains(containing));
        }
    }
}

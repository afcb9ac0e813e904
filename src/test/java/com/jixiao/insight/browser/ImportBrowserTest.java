package com.jixiao.insight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's path in a real Chromium: upload a revised report, read the preview (figures, warnings
 * with their lines), confirm, and find the new figure on the overview. A store of its own, new every run.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "jixiao.store.path=target/test-stores/import-browser-${random.uuid}.duckdb",
            "jixiao.store.rebuild=true",
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.copilot.enable=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.assumeTrue(System.getenv("CI") == null, "CI must provide " + CHROMIUM);
            Assumptions.abort("no Chromium at " + CHROMIUM);
        }
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
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

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void uploadPreviewConfirm() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/data/sources/004_0ed4b7e3fbc5b049.txt")) {
            bytes = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("合 计\t\t\t\t\t\t\t88", "合 计\t\t\t\t\t\t\t87")
                    .getBytes(StandardCharsets.UTF_8);
        }
        Page page = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("zh-CN"));
        page.setDefaultTimeout(60_000);
        BrowserAccounts.signIn(page, port, BrowserAccounts.create(accounts, Role.ADMIN));
        page.navigate("http://localhost:" + port + "/import");
        page.locator("vaadin-app-layout").waitFor();
        assertThat(page.locator("#template-xlsx")).isVisible();

        page.locator("#import-upload input[type=file]")
                .setInputFiles(new FilePayload("武威2022修订.txt", "text/plain", bytes));
        assertThat(page.locator("#import-evaluations")).containsText("部门(单位)整体支出");
        assertThat(page.locator("#import-evaluations")).containsText("87");
        assertThat(page.locator("#import-status")).containsText("替换该单位该年度现有报告");
        assertThat(page.locator("#import-warnings")).containsText("第 19 行");
        // The preview below the upload: scrolled up to it, as the administrator reads it.
        page.locator("#import-preview").evaluate("e => e.scrollIntoView({block: 'start'})");
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("import-preview.png")));

        page.locator("#import-confirm").click();
        assertThat(page.locator("#import-result")).containsText("已导入并替换旧版本");
        page.navigate("http://localhost:" + port + "/projects");
        assertThat(page.locator("#projects-grid")).containsText("87");
        page.close();
    }
}

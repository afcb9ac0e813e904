package com.jixiao.insight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jixiao.insight.base.security.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The administrator's path in a real Chromium: upload a revised report, read the preview (figures, warnings
 * with their lines), confirm, and find the new figure on the overview. A store of its own, new every run; in
 * CI the shipped jar ({@link RunningApp}), with no error in the browser's console.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBrowserTest {

    private static final Path SHOTS = Browsers.SHOTS;

    RunningApp app;
    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() throws Exception {
        Browsers.requireChromium();
        app = RunningApp.start("ImportBrowser", Role.ADMIN);
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
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
        var console = new Browsers.ConsoleErrors(page);
        BrowserAccounts.signIn(page, app, app.account(Role.ADMIN));
        page.navigate(app.url("import"));
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
        page.navigate(app.url("projects"));
        assertThat(page.locator("#projects-grid")).containsText("87");
        page.close();
        org.assertj.core.api.Assertions.assertThat(console.all())
                .as("errors in the browser console")
                .isEmpty();
    }
}

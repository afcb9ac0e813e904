package com.jixiao.insight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.ingest.batch.BatchFixtures;
import com.jixiao.insight.ingest.batch.BatchFixtures.Report;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The administrator's batch in a real Chromium: a ZIP of reports and a bad file uploaded, the batch previewed
 * (units, years, evaluations, indicators, the refused file with its reason), confirmed, the page left for the
 * overview and the batch found again by its address, finished, with every file's outcome. A store of its own; in
 * CI the shipped jar ({@link RunningApp}), with no error in the browser's console.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchBrowserTest {

    private static final Path SHOTS = Browsers.SHOTS;

    RunningApp app;
    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() throws Exception {
        Browsers.requireChromium();
        app = RunningApp.start("BatchBrowser", Role.ADMIN);
        playwright = Browsers.playwright();
        PlaywrightAssertions.setDefaultAssertionTimeout(120_000); // a busy machine reads and stores slowly
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
    void uploadPreviewConfirmLeaveAndComeBack() {
        List<Report> reports = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            reports.add(BatchFixtures.derived("b", k));
        }
        Page page = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("zh-CN"));
        page.setDefaultTimeout(120_000);
        var console = new Browsers.ConsoleErrors(page);
        BrowserAccounts.signIn(page, app, app.account(Role.ADMIN));
        page.navigate(app.url("import/batch"));
        page.locator("vaadin-app-layout").waitFor();

        page.locator("#batch-upload input[type=file]").setInputFiles(new FilePayload[] {
            new FilePayload("报告.zip", "application/zip", BatchFixtures.zip(reports)),
            new FilePayload("扫描件.txt", "text/plain", BatchFixtures.binary(3))
        });
        assertThat(page.locator("#batch-received")).containsText("25");
        page.locator("#batch-region input").fill(BatchFixtures.REGION);
        page.locator("#batch-preview").click();
        assertThat(page.locator("#batch-summary-holds")).containsText("个评价");
        assertThat(page.locator("#batch-summary-holds")).containsText("6 个单位");
        assertThat(page.locator("#batch-summary-outcomes")).containsText("新增 24 份");
        assertThat(page.locator("#batch-summary-refused")).containsText("扫描件.txt");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("batch-preview.png")));

        page.locator("#batch-confirm").click();
        assertThat(page.locator("#batch-progress-status")).containsText("已完成");
        String address = page.url();
        org.assertj.core.api.Assertions.assertThat(address).matches(".*/import/batch\\?batch=\\d+");

        // Leave for the overview, then come back to the batch by its address.
        page.navigate(app.url(""));
        page.locator("vaadin-app-layout").waitFor();
        page.navigate(address);
        assertThat(page.locator("#batch-progress-status")).containsText(Pattern.compile("已完成 25/25"));
        assertThat(page.locator("#batch-progress-counts")).containsText("已存入 24 份");
        assertThat(page.locator("#batch-files")).containsText("扫描件.txt");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("batch-done.png")));
        page.waitForTimeout(300); // late console messages
        page.close();
        org.assertj.core.api.Assertions.assertThat(console.all())
                .as("errors in the browser console")
                .isEmpty();
    }
}

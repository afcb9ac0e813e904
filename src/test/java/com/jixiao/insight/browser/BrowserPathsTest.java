package com.jixiao.insight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.Role;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The paths users walk, in a real Chromium (Debian's, driven by Playwright): every view opens, a
 * filter changes the rows, the drill-down from the overview reaches an indicator's source text, and
 * each export downloads with the right content. Screenshots at 1400×900 go to target/screenshots.
 * In CI the app is the shipped jar in production mode, under its Content-Security-Policy: no test may leave
 * an error in the browser's console ({@link RunningApp}). Without /usr/bin/chromium the test is skipped
 * locally; in CI (.ci/run installs it) it must run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserPathsTest {

    private static final Path SHOTS = Browsers.SHOTS;

    RunningApp app;
    String[] analyst;
    String[] viewer;
    String[] admin;

    Playwright playwright;
    Browser browser;
    Page page;
    Browsers.ConsoleErrors console;

    @BeforeAll
    void launch() throws Exception {
        Browsers.requireChromium();
        app = RunningApp.start("BrowserPaths", Role.ANALYST, Role.VIEWER, Role.ADMIN);
        analyst = app.account(Role.ANALYST);
        viewer = app.account(Role.VIEWER);
        admin = app.account(Role.ADMIN);
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @BeforeEach
    void newPage() {
        page = browser.newPage(new Browser.NewPageOptions()
                .setViewportSize(1400, 900)
                .setAcceptDownloads(true)
                .setLocale("zh-CN"));
        page.setDefaultTimeout(60_000);
        console = new Browsers.ConsoleErrors(page);
        signIn(analyst);
    }

    private void signIn(String[] account) {
        BrowserAccounts.signIn(page, app, account);
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.waitForTimeout(300); // late console messages of the last step
            page.close();
            assertThat(console.all()).as("errors in the browser console").isEmpty();
        }
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

    private void go(String path) {
        page.navigate(app.url(path));
        page.locator("vaadin-app-layout").waitFor();
    }

    private void shot(String name) {
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }

    @Test
    void everyViewOpensWithTheReportedFigures() {
        go("");
        assertThat(page.locator(".kpi-row")).containsText("8,750.83");
        assertThat(page.locator(".chart-svg svg").first()).isVisible();
        shot("overview");
        go("compare");
        assertThat(page.locator("#compare-grid")).containsText("99.01%");
        shot("compare");
        go("projects");
        assertThat(page.locator("#projects-grid")).containsText("服装经费");
        shot("projects");
        go("unmet");
        assertThat(page.locator("#unmet-grid")).containsText("群众来电咨询接听率");
        shot("unmet-targets");
        go("rankings");
        assertThat(page.locator("#rankings-grid")).containsText("武汉市洪山区行政审批局");
        shot("rankings");
        go("summary");
        assertThat(page.locator("#summary-grid")).containsText("3,186.46");
        shot("summary");
    }

    @Test
    void aFilterTypedInChangesTheRowsAndTheUrl() {
        go("projects");
        var field = page.locator("#filter-score-below input");
        field.fill("90");
        field.press("Enter");
        // Vaadin navigates in the page (history API): poll the URL rather than wait for a load.
        assertThat(page).hasURL(Pattern.compile(".*scoreBelow=90.*"));
        assertThat(page.locator("#projects-grid")).containsText("81.37");
        assertThat(page.locator("#projects-grid")).not().containsText("95.83");
    }

    @Test
    void drillsFromTheOverviewToAZhangdianIndicatorAndItsSourceText() {
        go("");
        page.locator(".attention a", new Page.LocatorOptions().setHasText("淄博市张店区行政审批服务局"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/projects\\?.*unit=.*"));
        page.locator("#projects-grid").getByText("服装经费").click();
        assertThat(page).hasURL(Pattern.compile(".*/projects/\\d+.*"));
        assertThat(page.locator(".project-detail h2")).containsText("服装经费");
        assertThat(page.locator(".figure-row")).containsText("81.37");
        page.locator("#indicator-tree").getByText("制作工装数量").click();
        var dialog = page.locator("vaadin-dialog");
        assertThat(dialog).containsText("≤300套");
        assertThat(dialog).containsText("191套");
        assertThat(dialog.locator(".source-line.cited")).not().hasCount(0);
        shot("project-detail-source");
    }

    @Test
    void eachExportDownloadsTheRowsShown() throws Exception {
        go("rankings?metric=execution-rate&from=2024&to=2024");
        assertThat(page.locator("#rankings-grid")).containsText("99.01%");

        Download xlsx = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        try (InputStream in = Files.newInputStream(xlsx.path());
                var book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            boolean numeric = false;
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC
                            && Math.abs(cell.getNumericCellValue() - 0.9901) < 1e-9) {
                        numeric = true;
                    }
                }
            }
            assertThat(numeric).as("execution rate 99.01% is a number cell").isTrue();
        }

        Download csv = page.waitForDownload(() -> page.locator("#export-csv").click());
        byte[] bytes = Files.readAllBytes(csv.path());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("武汉市洪山区行政审批局");

        Download pdf = page.waitForDownload(() -> page.locator("#export-pdf").click());
        try (var doc = Loader.loadPDF(pdf.path().toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("武汉市洪山区行政审批局", "淄博市张店区行政审批服务局", "武汉市江汉区行政审批局");
        }
    }

    @Test
    void aLeaderBrowsesDashboardsButNeitherDrillsDownNorExports() {
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();
        signIn(viewer);
        go("rankings");
        assertThat(page.locator("#rankings-grid")).containsText("武汉市洪山区行政审批局");
        assertThat(page.locator("#export-xlsx")).hasCount(0);
        assertThat(page.locator("vaadin-side-nav")).not().containsText("用户");
        page.navigate(app.url("projects/764"));
        page.waitForTimeout(2500);
        assertThat(page.locator(".project-detail")).hasCount(0);
        assertThat(page.locator(".access-denied")).containsText("无权访问");
        shot("viewer-denied-drilldown");
        console.forgive("status of 403"); // the browser reports the page's own 403
        // The export endpoint refuses a viewer as well.
        var response = page.request().get(app.url("/export/ranking?metric=score&year=2024&format=csv"));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();
        page.locator("vaadin-login-form input[name=username]").fill(analyst[0]);
        page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("登录失败");
        shot("login-failed");
    }

    @Test
    void theEnglishSwitchTranslatesTheShell() {
        go("");
        page.locator("#language-switch").click();
        page.waitForTimeout(1500);
        assertThat(page.locator("vaadin-side-nav")).containsText("Overview");
        assertThat(page.locator(".kpi-row")).containsText("Weighted execution rate");
        shot("overview-en");
    }

    @Test
    void theShippedJarRunsInProductionModeUnderItsHeaders() throws Exception {
        Assumptions.assumeTrue(app.isShippedJar(), "./mvnw test runs the development mode; CI tests the jar");
        assertThat(app.log()).contains("Vaadin is running in production mode");
        var response = page.navigate(app.url(""));
        page.locator("vaadin-app-layout").waitFor();
        assertThat(response.headers().get("content-security-policy"))
                .contains("default-src 'none'", "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().get("x-frame-options")).isEqualTo("DENY");
        assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headers().get("referrer-policy")).isEqualTo("same-origin");
        assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
        assertThat(page.content()).doesNotContainIgnoringCase("development mode");
        // Every view once more, the charts and a dialog included: none may trip the policy (checked after each test).
        for (String view : List.of("compare", "projects", "unmet", "rankings", "summary")) {
            go(view);
        }
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() throws Exception {
        go("");
        String session = page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .value;
        assertThat(withSessionCookie(session).statusCode())
                .as("the session signs in before")
                .isEqualTo(200);
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();
        var after = withSessionCookie(session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    /** The app's root asked for by another client that carries only {@code session}'s cookie. */
    private HttpResponse<Void> withSessionCookie(String session) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url("")))
                                .header("Cookie", "JSESSIONID=" + session)
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void anAdministratorMakesAnApiTokenThatWorksUntilItIsRevoked() {
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();
        signIn(admin);
        go("admin/tokens");
        page.locator("#token-new").click();
        page.locator("#token-name input").fill("每晚导出排名");
        page.locator("#token-account input").fill(analyst[0]);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(analyst[0]))
                .click();
        page.locator("#token-create").click();
        String secret = page.locator("#token-secret input").inputValue();
        assertThat(secret).startsWith("jxt_").hasSize(47);
        shot("api-token-created");
        page.locator("#token-close").click();

        String export = app.url("/export/ranking?metric=score&year=2024&format=csv");
        APIRequestContext job = playwright.request().newContext(); // no cookies: the token alone
        try {
            var ok = job.get(export, RequestOptions.create().setHeader("Authorization", "Bearer " + secret));
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.text()).contains("武汉市洪山区行政审批局");

            go("admin/tokens");
            assertThat(page.locator("#tokens-grid")).containsText("每晚导出排名");
            assertThat(page.locator("#tokens-grid")).not().containsText("从未使用");
            page.locator("#tokens-grid vaadin-button", new Page.LocatorOptions().setHasText("吊销"))
                    .first()
                    .click();
            page.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button]")
                    .click();
            assertThat(page.locator("#tokens-grid")).containsText("已吊销");
            shot("api-tokens");

            var refused = job.get(export, RequestOptions.create().setHeader("Authorization", "Bearer " + secret));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.headers().get("content-type")).startsWith("application/json");
        } finally {
            job.dispose();
        }
    }
}

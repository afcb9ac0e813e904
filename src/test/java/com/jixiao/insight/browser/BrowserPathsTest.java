package com.jixiao.insight.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The paths users walk, in a real Chromium (Debian's, driven by Playwright): every view opens, a
 * filter changes the rows, the drill-down from the overview reaches an indicator's source text, and
 * each export downloads with the right content. Screenshots at 1400×900 go to target/screenshots.
 * Without /usr/bin/chromium the test is skipped locally; in CI (.ci/run installs it) it must run.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "jixiao.store.path=target/test-stores/browser.duckdb",
            "jixiao.store.rebuild=true",
            // Development tools draw an overlay that would take the clicks of a real user.
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.copilot.enable=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserPathsTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    private final String analyst = "browser-" + System.nanoTime();
    private final String viewer = "leader-" + System.nanoTime();
    private final String password = UserAccounts.randomPassword();

    Playwright playwright;
    Browser browser;
    Page page;

    @BeforeAll
    void launch() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.assumeTrue(System.getenv("CI") == null, "CI must provide " + CHROMIUM);
            Assumptions.abort("no Chromium at " + CHROMIUM);
        }
        Files.createDirectories(SHOTS);
        // The account the browser signs in with, created as an administrator would.
        var admin = UsernamePasswordAuthenticationToken.authenticated(
                "test-setup",
                null,
                Role.ADMIN.authorities().stream()
                        .map(SimpleGrantedAuthority::new)
                        .toList());
        SecurityContextHolder.getContext().setAuthentication(admin);
        accounts.create(analyst, Role.ANALYST, password, Restriction.NONE);
        accounts.create(viewer, Role.VIEWER, password, Restriction.NONE);
        SecurityContextHolder.clearContext();
        // Playwright may not download a browser here: it drives the system's Chromium.
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

    @BeforeEach
    void newPage() {
        page = browser.newPage(new Browser.NewPageOptions()
                .setViewportSize(1400, 900)
                .setAcceptDownloads(true)
                .setLocale("zh-CN"));
        page.setDefaultTimeout(60_000);
        signIn(analyst);
    }

    private void signIn(String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("vaadin-app-layout").waitFor();
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
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

    private void go(String path) {
        page.navigate("http://localhost:" + port + "/" + path);
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
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("武汉市洪山区行政审批局");

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
        page.navigate("http://localhost:" + port + "/projects/764");
        page.waitForTimeout(2500);
        assertThat(page.locator(".project-detail")).hasCount(0);
        assertThat(page.locator(".access-denied")).containsText("无权访问");
        shot("viewer-denied-drilldown");
        // The export endpoint refuses a viewer as well.
        var response =
                page.request().get("http://localhost:" + port + "/export/ranking?metric=score&year=2024&format=csv");
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();
        page.locator("vaadin-login-form input[name=username]").fill(analyst);
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
}

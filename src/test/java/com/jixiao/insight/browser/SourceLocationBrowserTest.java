package com.jixiao.insight.browser;

import static com.jixiao.insight.store.generated.Tables.EVALUATION_OVERVIEW;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.ingest.ImportOutcome;
import com.jixiao.insight.ingest.ImportRequest;
import com.jixiao.insight.ingest.ImportService;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In a real Chromium: seed 003's forms imported as the PDF a unit publishes (replacing the seed's text), an indicator
 * of a project opened, and its source dialog says where the figure stands in the PDF: the page and the row's position.
 * Screenshot: target/screenshots/source-location-pdf.png.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "jixiao.store.path=target/test-stores/browser-pdf.duckdb",
            "jixiao.store.rebuild=true",
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.copilot.enable=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceLocationBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ImportService imports;

    @Autowired
    DSLContext db;

    private final String analyst = "pdf-" + System.nanoTime();
    private final String password = UserAccounts.randomPassword();
    private long project;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            Assumptions.assumeTrue(System.getenv("CI") == null, "CI must provide " + CHROMIUM);
            Assumptions.abort("no Chromium at " + CHROMIUM);
        }
        Files.createDirectories(SHOTS);
        var admin = UsernamePasswordAuthenticationToken.authenticated(
                "test-setup",
                null,
                Role.ADMIN.authorities().stream()
                        .map(SimpleGrantedAuthority::new)
                        .toList());
        SecurityContextHolder.getContext().setAuthentication(admin);
        accounts.create(analyst, Role.ANALYST, password, Restriction.NONE);
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/forms/003-forms.pdf")) {
            pdf = in.readAllBytes();
        }
        ImportOutcome stored = imports.store(new ImportRequest("003-forms.pdf", pdf, "山东省/淄博市/张店区"));
        SecurityContextHolder.clearContext();
        project = db.select(EVALUATION_OVERVIEW.ID)
                .from(EVALUATION_OVERVIEW)
                .where(EVALUATION_OVERVIEW.DOCUMENT_ID.eq(stored.documentId()), EVALUATION_OVERVIEW.NAME.eq("服装经费"))
                .fetchSingle()
                .value1();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
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
    void aFigureFromThePdfCitesItsPageAndPosition() throws Exception {
        Page page = browser.newPage(
                new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("zh-CN"));
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(analyst);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("vaadin-app-layout").waitFor();
        page.navigate("http://localhost:" + port + "/projects/" + project);
        assertThat(page.locator(".project-detail h2")).containsText("服装经费");
        page.locator("#indicator-tree").getByText("制作工装数量").click();
        var dialog = page.locator("vaadin-dialog");
        assertThat(dialog).containsText("来源：003-forms.pdf");
        assertThat(dialog).containsText("在原文件中位于 第");
        assertThat(dialog.locator(".source-line.cited .line-location").first()).containsText("页 y=");
        assertThat(dialog.locator(".source-line.cited")).containsText("191套");
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("source-location-pdf.png")));
        page.close();
    }
}

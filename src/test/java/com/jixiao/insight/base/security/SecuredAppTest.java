package com.jixiao.insight.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jixiao.insight.dashboard.OverviewService;
import com.jixiao.insight.projects.ProjectFilter;
import com.jixiao.insight.projects.ProjectService;
import com.jixiao.insight.ranking.RankingMetric;
import com.jixiao.insight.ranking.RankingQuery;
import com.jixiao.insight.ranking.RankingService;
import com.jixiao.insight.ranking.export.ExportFormat;
import com.jixiao.insight.ranking.export.RankingExportService;
import com.jixiao.insight.scope.Scope;
import com.jixiao.insight.scope.ScopeOptions;
import com.jixiao.insight.support.SecurityStrategy;
import com.jixiao.insight.targets.UnmetTargetService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The services and the HTTP export endpoint enforce their roles, and a region-restricted account
 * sees only its rows everywhere: overview, lists, drill-down, source text and every export format.
 */
@SpringBootTest(properties = {"jixiao.store.path=target/test-stores/views.duckdb", "jixiao.store.rebuild=true"})
class SecuredAppTest {

    @Autowired
    WebApplicationContext web;

    @Autowired
    UserAccounts accounts;

    @Autowired
    OverviewService overview;

    @Autowired
    ProjectService projects;

    @Autowired
    UnmetTargetService unmet;

    @Autowired
    RankingService rankings;

    @Autowired
    RankingExportService exports;

    @Autowired
    ScopeOptions options;

    @Autowired
    ApplicationContext springContext;

    @BeforeEach
    void plainThread() {
        SecurityStrategy.plainThread(springContext);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "t-" + role.code(),
                        null,
                        role.authorities().stream()
                                .map(SimpleGrantedAuthority::new)
                                .toList()));
    }

    /** Signs in as a stored account, with the restriction it carries. */
    private void signInAs(String username) {
        AppUser u = accounts.find(username, false).orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    @Test
    void servicesRefuseCallersWithoutTheRole() {
        assertThatThrownBy(() -> overview.overview(Scope.all()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn(Role.VIEWER);
        assertThat(overview.overview(Scope.all()).kpis().units()).isEqualTo(5);
        assertThat(projects.count(Scope.all(), ProjectFilter.none())).isEqualTo(28);
        assertThatThrownBy(() -> projects.detail(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.source(1, 1, 2, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.export(
                        RankingQuery.year(RankingMetric.SCORE, 2024), ExportFormat.CSV, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(AccessDeniedException.class);
        signIn(Role.ANALYST);
        assertThat(exports.export(
                        RankingQuery.year(RankingMetric.SCORE, 2024), ExportFormat.CSV, Locale.SIMPLIFIED_CHINESE))
                .isNotEmpty();
        assertThatThrownBy(() -> accounts.create("x-user", Role.VIEWER, "long-enough-pw", Restriction.NONE))
                .isInstanceOf(AccessDeniedException.class);
        signIn(Role.ADMIN);
        assertThat(accounts.list()).isNotNull();
    }

    @Test
    void theExportEndpointNeedsAnAnalyst() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        String url = "/export/ranking?metric=score&year=2024&format=csv";
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        mvc.perform(get(url).with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(user("a").roles("VIEWER", "ANALYST"))).andExpect(status().isOk());

        // HTTP Basic with a stored account, as a scheduled job would call it.
        signIn(Role.ADMIN);
        String password = UserAccounts.randomPassword();
        String job = "job-" + System.nanoTime();
        accounts.create(job, Role.ANALYST, password, Restriction.NONE);
        signOut();
        mvc.perform(get(url).with(httpBasic(job, password))).andExpect(status().isOk());
        mvc.perform(get(url).with(httpBasic(job, "wrong-password"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aRegionRestrictedAccountSeesOnlyItsRowsEverywhere() throws Exception {
        signIn(Role.ADMIN);
        // Accounts survive a rebuild (carried over), so each run makes its own.
        String name = "hubei-" + System.nanoTime();
        accounts.create(name, Role.ANALYST, "hubei-password", new Restriction(List.of("湖北省"), List.of()));
        signInAs(name);
        List<String> hubei = List.of("武汉市洪山区行政审批局", "武汉市江汉区行政审批局", "鄂州葛店经济技术开发区行政审批局");
        List<String> others = List.of("淄博市张店区行政审批服务局", "武威市政府政务服务中心");

        var o = overview.overview(Scope.all());
        assertThat(o.kpis().units()).isEqualTo(3);
        assertThat(o.lowestExecution())
                .extracting(u -> u.unitName())
                .isNotEmpty()
                .allMatch(hubei::contains);
        assertThat(o.mostUnmet()).extracting(u -> u.unitName()).isNotEmpty().allMatch(hubei::contains);
        assertThat(o.largestScoreGaps()).extracting(s -> s.unitName()).allMatch(hubei::contains);
        assertThat(projects.page(Scope.all(), ProjectFilter.none(), Map.of(), 0, 100))
                .allMatch(r -> hubei.contains(r.unitName()));
        assertThat(unmet.page(Scope.all(), Optional.empty(), 0, 1000))
                .isNotEmpty()
                .allMatch(t -> hubei.contains(t.unitName()));
        assertThat(options.units()).extracting(u -> u.name()).containsExactlyInAnyOrderElementsOf(hubei);
        assertThat(options.regionPaths()).doesNotContain("山东省", "甘肃省/武威市").contains("湖北省");

        // Drill-down and source text of a unit outside the restriction: nothing, as if it did not exist.
        signIn(Role.ADMIN);
        var zhangdian = projects.page(
                        Scope.all(),
                        new ProjectFilter(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of("over_achievement_penalised")),
                        Map.of(),
                        0,
                        1)
                .getFirst();
        var detail = projects.detail(zhangdian.id()).orElseThrow();
        signInAs(name);
        assertThat(projects.detail(zhangdian.id())).isEmpty();
        assertThat(projects.source(detail.documentId(), 1, 50, 0)).isEmpty();

        // Every export format carries only the permitted units.
        var query = new RankingQuery(RankingMetric.EXECUTION_RATE, 2022, 2024, Optional.empty());
        assertThat(rankings.rank(query).rows())
                .allMatch(r -> hubei.contains(r.unitName()))
                .hasSize(3);
        String csv =
                new String(exports.export(query, ExportFormat.CSV, Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8);
        String xlsx;
        try (var book = new XSSFWorkbook(
                new ByteArrayInputStream(exports.export(query, ExportFormat.XLSX, Locale.SIMPLIFIED_CHINESE)))) {
            StringBuilder all = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(
                    row -> row.forEach(cell -> all.append(cell.toString()).append('|'))));
            xlsx = all.toString();
        }
        String pdf;
        try (var doc = Loader.loadPDF(exports.export(query, ExportFormat.PDF, Locale.SIMPLIFIED_CHINESE))) {
            pdf = new PDFTextStripper().getText(doc);
        }
        for (String file : List.of(csv, xlsx, pdf)) {
            assertThat(file).contains("武汉市洪山区行政审批局");
            others.forEach(other -> assertThat(file).doesNotContain(other));
        }
    }
}

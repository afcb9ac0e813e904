package com.jixiao.insight.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.insight.base.security.ui.ApiTokensView;
import com.jixiao.insight.base.security.ui.AuditView;
import com.jixiao.insight.base.security.ui.UsersView;
import com.jixiao.insight.base.store.backup.ui.BackupView;
import com.jixiao.insight.briefing.ui.BriefingView;
import com.jixiao.insight.dashboard.ui.CompareView;
import com.jixiao.insight.dashboard.ui.OverviewView;
import com.jixiao.insight.evaluation.ui.SummaryView;
import com.jixiao.insight.ingest.batch.ui.BatchImportView;
import com.jixiao.insight.ingest.ui.ImportView;
import com.jixiao.insight.projects.ui.ProjectDetailView;
import com.jixiao.insight.projects.ui.ProjectsView;
import com.jixiao.insight.ranking.ui.RankingsView;
import com.jixiao.insight.targets.ui.UnmetTargetsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route of the app and the role it demands: the table below is the contract, and the test fails
 * if a view is added without an access annotation, or with another role than listed.
 */
class RouteAccessTest {

    /** Route → the least role that may open it. */
    static final Map<Class<? extends Component>, String> ROUTES = Map.ofEntries(
            Map.entry(OverviewView.class, Role.VIEWER_ROLE),
            Map.entry(CompareView.class, Role.VIEWER_ROLE),
            Map.entry(ProjectsView.class, Role.VIEWER_ROLE),
            Map.entry(UnmetTargetsView.class, Role.VIEWER_ROLE),
            Map.entry(RankingsView.class, Role.VIEWER_ROLE),
            Map.entry(BriefingView.class, Role.VIEWER_ROLE),
            Map.entry(SummaryView.class, Role.VIEWER_ROLE),
            Map.entry(ProjectDetailView.class, Role.ANALYST_ROLE),
            Map.entry(UsersView.class, Role.ADMIN_ROLE),
            Map.entry(ApiTokensView.class, Role.ADMIN_ROLE),
            Map.entry(AuditView.class, Role.ADMIN_ROLE),
            Map.entry(BackupView.class, Role.ADMIN_ROLE),
            Map.entry(ImportView.class, Role.ADMIN_ROLE),
            Map.entry(BatchImportView.class, Role.ADMIN_ROLE));

    @Test
    void everyRouteDemandsItsRole() {
        ROUTES.forEach((view, role) -> assertThat(
                        view.getAnnotation(RolesAllowed.class).value())
                .as(view.getSimpleName())
                .containsExactly(role));
    }

    @Test
    void everyRouteIsListedAndOnlyTheLoginIsOpenToAnonymousUsers() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> routes = scanner.findCandidateComponents("com.jixiao.insight").stream()
                .<Class<?>>map(b -> {
                    try {
                        return Class.forName(b.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        for (Class<?> route : routes) {
            if (route.isAnnotationPresent(AnonymousAllowed.class)) { // only the login; AccessDeniedView is no route
                assertThat(route.getSimpleName()).isEqualTo("LoginView");
            } else {
                assertThat(ROUTES)
                        .as(route.getSimpleName() + " has no entry in the access table")
                        .containsKey(route.asSubclass(Component.class));
            }
        }
        assertThat(routes).hasSizeGreaterThan(ROUTES.size());
    }

    @Test
    void rolesIncludeTheRolesBelowThem() {
        assertThat(Role.VIEWER.authorities()).containsExactly("ROLE_VIEWER");
        assertThat(Role.ANALYST.authorities()).containsExactly("ROLE_VIEWER", "ROLE_ANALYST");
        assertThat(Role.ADMIN.authorities()).containsExactly("ROLE_VIEWER", "ROLE_ANALYST", "ROLE_ADMIN");
    }
}

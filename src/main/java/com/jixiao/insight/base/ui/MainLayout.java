package com.jixiao.insight.base.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.ui.ApiTokensView;
import com.jixiao.insight.base.security.ui.AuditView;
import com.jixiao.insight.base.security.ui.UsersView;
import com.jixiao.insight.base.store.ui.BackupView;
import com.jixiao.insight.dashboard.ui.CompareView;
import com.jixiao.insight.dashboard.ui.OverviewView;
import com.jixiao.insight.evaluation.ui.SummaryView;
import com.jixiao.insight.ingest.ui.ImportView;
import com.jixiao.insight.projects.ui.ProjectsView;
import com.jixiao.insight.ranking.ui.RankingsView;
import com.jixiao.insight.targets.ui.UnmetTargetsView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The app shell: title, language switch and the navigation every view sits in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, com.jixiao.insight.base.store.StoreInfo store) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("app-subtitle");

        Button language = new Button(
                getTranslation("app.language.switch"),
                VaadinIcon.GLOBE.create(),
                e -> UiLocale.toggle(e.getSource().getUI().orElseThrow()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");

        Span user = new Span(
                VaadinIcon.USER.create(), new Span(" " + auth.getPrincipalName().orElse("")));
        user.addClassName("app-user");
        Button logout = new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, subtitle, language, user, logout);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.expand(subtitle);
        header.addClassName("app-header");
        addToNavbar(header);
        if (store.synthetic()) {
            Span banner = new Span(getTranslation("app.synthetic"));
            banner.addClassName("synthetic-banner");
            banner.setId("synthetic-banner");
            addToNavbar(banner);
        }

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.overview"), OverviewView.class, VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.compare"), CompareView.class, VaadinIcon.SPLIT.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.projects"), ProjectsView.class, VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.unmet"), UnmetTargetsView.class, VaadinIcon.WARNING.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.rankings"), RankingsView.class, VaadinIcon.TROPHY.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.summary"), SummaryView.class, VaadinIcon.TABLE.create()));
        if (auth.hasRole(Role.ADMIN_ROLE)) {
            nav.addItem(new SideNavItem(getTranslation("import.nav"), ImportView.class, VaadinIcon.UPLOAD.create()));
            SideNavItem admin = new SideNavItem(getTranslation("nav.admin"));
            admin.setPrefixComponent(VaadinIcon.COG.create());
            admin.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.tokens"), ApiTokensView.class, VaadinIcon.KEY.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class, VaadinIcon.LIST.create()));
            admin.addItem(
                    new SideNavItem(getTranslation("nav.backup"), BackupView.class, VaadinIcon.DATABASE.create()));
            admin.setExpanded(true);
            nav.addItem(admin);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}

package com.jixiao.insight.base.ui;

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

/** The app shell: title, language switch and the navigation every view sits in. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("app-subtitle");

        Button language = new Button(getTranslation("app.language.switch"), VaadinIcon.GLOBE.create(),
                e -> UiLocale.toggle(e.getSource().getUI().orElseThrow()));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, subtitle, language);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.expand(subtitle);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.overview"), OverviewView.class, VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.compare"), CompareView.class, VaadinIcon.SPLIT.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.projects"), ProjectsView.class, VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.unmet"), UnmetTargetsView.class, VaadinIcon.WARNING.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.rankings"), RankingsView.class, VaadinIcon.TROPHY.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.summary"), SummaryView.class, VaadinIcon.TABLE.create()));
        nav.addItem(new SideNavItem(getTranslation("import.nav"), ImportView.class, VaadinIcon.UPLOAD.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}

package com.jixiao.insight.base.ui;

import com.jixiao.insight.base.store.StoreInfo;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The app shell: title, language switch and the navigation every view sits in. The menu is what the views declare
 * with {@code @Menu} (title as an i18n key, order, icon), filtered by the user's access: the shell names no view.
 * Views routed under {@code admin/} are grouped under 管理.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private static final String ADMIN_ROUTES = "admin/";

    public MainLayout(AuthenticationContext auth, StoreInfo store) {
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
        addToDrawer(menu());
        setPrimarySection(Section.DRAWER);
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        SideNavItem admin = new SideNavItem(getTranslation("nav.admin"));
        admin.setPrefixComponent(VaadinIcon.COG.create());
        admin.setExpanded(true);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            if (entry.path().replaceFirst("^/", "").startsWith(ADMIN_ROUTES)) {
                admin.addItem(item);
            } else {
                nav.addItem(item);
            }
        }
        if (!admin.getItems().isEmpty()) {
            nav.addItem(admin);
        }
        return nav;
    }
}

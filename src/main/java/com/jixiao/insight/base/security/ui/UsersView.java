package com.jixiao.insight.base.security.ui;

import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.base.security.UserAccounts.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Accounts: add one, change a role, a restriction or a password, disable one. Admins only. */
@Menu(title = "nav.users", order = 101, icon = "vaadin:users")
@Route("admin/users")
@RolesAllowed(Role.ADMIN_ROLE)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccounts accounts;
    final Grid<Account> grid = new Grid<>();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final Select<Role> role = new Select<>();
    final Checkbox enabled = new Checkbox();
    final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> units = new MultiSelectComboBox<>();
    final Button save = new Button();

    UsersView(UserAccounts accounts) {
        this.accounts = accounts;
        setSizeFull();
        grid.addColumn(Account::username)
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.role().code())).setHeader(getTranslation("users.role"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.state"));
        grid.addColumn(a -> a.restriction().isRestricted()
                        ? String.join("、", concat(a.restriction()))
                        : getTranslation("users.unrestricted"))
                .setHeader(getTranslation("users.restriction"))
                .setFlexGrow(3);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setAllRowsVisible(true);

        username.setLabel(getTranslation("users.username"));
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.code()));
        role.setValue(Role.VIEWER);
        enabled.setLabel(getTranslation("users.enabled"));
        enabled.setValue(true);
        regions.setLabel(getTranslation("users.regions"));
        regions.setItems(accounts.regionPaths());
        units.setLabel(getTranslation("users.units"));
        units.setItems(accounts.unitNames());
        regions.setWidth("20em");
        units.setWidth("24em");
        save.setText(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button clear = new Button(getTranslation("users.new"), e -> edit(null));

        HorizontalLayout form = new HorizontalLayout(username, password, role, enabled, regions, units, save, clear);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H2(getTranslation("users.title")), grid, new H3(getTranslation("users.edit")), form);
        refresh();
    }

    private void edit(Account a) {
        username.setReadOnly(a != null);
        username.setValue(a == null ? "" : a.username());
        password.clear();
        role.setValue(a == null ? Role.VIEWER : a.role());
        enabled.setValue(a == null || a.enabled());
        regions.setValue(a == null ? Set.of() : Set.copyOf(a.restriction().regionPaths()));
        units.setValue(a == null ? Set.of() : Set.copyOf(a.restriction().unitNames()));
    }

    void save() {
        Restriction restriction =
                new Restriction(new ArrayList<>(regions.getValue()), new ArrayList<>(units.getValue()));
        try {
            if (username.isReadOnly()) {
                accounts.update(username.getValue(), role.getValue(), enabled.getValue(), restriction);
                if (!password.isEmpty()) {
                    accounts.changePassword(username.getValue(), password.getValue());
                }
            } else {
                accounts.create(username.getValue().strip(), role.getValue(), password.getValue(), restriction);
            }
            Notification.show(getTranslation("users.saved", username.getValue()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            edit(null);
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private static List<String> concat(Restriction r) {
        var all = new ArrayList<>(r.regionPaths());
        all.addAll(r.unitNames());
        return all;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.title");
    }
}

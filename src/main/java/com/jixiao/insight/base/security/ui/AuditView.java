package com.jixiao.insight.base.security.ui;

import com.jixiao.insight.base.security.AuditLog;
import com.jixiao.insight.base.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** The audit trail, newest first: logins, failed logins, imports, exports, user changes, backups. */
@Menu(title = "nav.audit", order = 102, icon = "vaadin:list")
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_ROLE)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    final Grid<AuditLog.Entry> grid = new Grid<>();

    AuditView(AuditLog audit) {
        setSizeFull();
        grid.addColumn(e -> e.at().format(AT))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.username(), ""))
                .setHeader(getTranslation("audit.user"))
                .setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::action)
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::outcome)
                .setHeader(getTranslation("audit.outcome"))
                .setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.detail(), ""))
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(audit.latest(1000));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        add(new H2(getTranslation("audit.title")));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.title");
    }
}

package com.jixiao.insight.base.store.backup.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.store.backup.BackupService;
import com.jixiao.insight.base.store.backup.BackupService.Backup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Backups: take a consistent snapshot now; restoring is a command of the jar, into an empty store. */
@Menu(title = "nav.backup", order = 103, icon = "vaadin:database")
@Route("admin/backup")
@RolesAllowed(Role.ADMIN_ROLE)
public class BackupView extends VerticalLayout implements HasDynamicTitle {

    private final BackupService backups;
    final Grid<Backup> grid = new Grid<>();

    BackupView(BackupService backups) {
        this.backups = backups;
        Button now = new Button(getTranslation("backup.now"), e -> backup());
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setId("backup-now");
        grid.addColumn(Backup::name).setHeader(getTranslation("backup.name")).setAutoWidth(true);
        grid.addColumn(b -> String.format("%.1f MB", b.bytes() / 1_048_576.0)).setHeader(getTranslation("backup.size"));
        grid.addColumn(b -> b.path().toString())
                .setHeader(getTranslation("backup.path"))
                .setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("backup.empty"));
        grid.setAllRowsVisible(true);
        add(
                new H2(getTranslation("backup.title")),
                new Paragraph(getTranslation("backup.intro", backups.directory().toString())),
                now,
                grid,
                new Paragraph(getTranslation("backup.restore")));
        grid.setItems(backups.list());
    }

    void backup() {
        Backup b = backups.backup();
        grid.setItems(backups.list());
        Notification.show(getTranslation("backup.done", b.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title") + " · " + getTranslation("app.title");
    }
}

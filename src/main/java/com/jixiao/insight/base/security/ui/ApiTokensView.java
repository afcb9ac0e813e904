package com.jixiao.insight.base.security.ui;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.base.security.token.ApiTokens;
import com.jixiao.insight.base.security.token.ApiTokens.Token;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * API tokens for scheduled jobs: the list (account, validity, last use, state), a new token (its secret shown
 * once, in {@link NewTokenDialog}), and revoking one. Admins only.
 */
@Menu(title = "nav.tokens", order = 101.5, icon = "vaadin:key")
@Route("admin/tokens")
@RolesAllowed(Role.ADMIN_ROLE)
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ApiTokens tokens;
    final Grid<Token> grid = new Grid<>();
    final Button create = new Button();

    ApiTokensView(ApiTokens tokens, UserAccounts accounts) {
        this.tokens = tokens;
        setSizeFull();
        grid.setId("tokens-grid");
        // Widths in rem, not computed from the first rows: a refresh (a revoked token) keeps them readable. They add
        // up to 64rem, so at 1400 px beside the menu every column, the revoke button included, shows unscrolled.
        grid.addColumn(Token::name)
                .setHeader(getTranslation("tokens.name"))
                .setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(Token::username)
                .setHeader(getTranslation("tokens.account"))
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(t -> t.createdAt().format(AT) + " · " + t.createdBy())
                .setHeader(getTranslation("tokens.created"))
                .setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(t -> t.validThrough().toString())
                .setHeader(getTranslation("tokens.validThrough"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt().map(AT::format).orElse(getTranslation("tokens.never")))
                .setHeader(getTranslation("tokens.lastUsed"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(t -> getTranslation(
                        "tokens.status." + t.status(LocalDateTime.now()).code()))
                .setHeader(getTranslation("tokens.status"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("tokens.empty"));

        create.setText(getTranslation("tokens.new"));
        create.setIcon(VaadinIcon.KEY.create());
        create.setId("token-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new NewTokenDialog(tokens, accounts, this::refresh).open());

        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), create);
        addAndExpand(grid);
        refresh();
    }

    private Button revokeButton(Token token) {
        Button revoke = new Button(getTranslation("tokens.revoke"), VaadinIcon.BAN.create());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(token.status(LocalDateTime.now()) == ApiTokens.Status.ACTIVE);
        revoke.addClickListener(e -> confirmRevoke(token));
        return revoke;
    }

    private void confirmRevoke(Token token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("tokens.revoke"));
        confirm.setText(getTranslation("tokens.revoke.confirm", token.name(), token.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("tokens.cancel"));
        confirm.setConfirmText(getTranslation("tokens.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> revoke(token));
        confirm.open();
    }

    void revoke(Token token) {
        tokens.revoke(token.id());
        refresh();
        Notification.show(getTranslation("tokens.revoked", token.name()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    void refresh() {
        grid.setItems(tokens.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " · " + getTranslation("app.title");
    }
}

package com.jixiao.insight.base.security.ui;

import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.base.security.token.ApiTokens;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.LocalDate;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A new API token: name, account and the day it is valid through; then its secret, shown once with a copy
 * button and an example call. Closing the dialog forgets the secret.
 */
class NewTokenDialog extends Dialog {

    final TextField name = new TextField();
    final ComboBox<String> account = new ComboBox<>();
    final DatePicker validThrough = new DatePicker();
    final Button create = new Button();
    final TextField secret = new TextField();

    private final ApiTokens tokens;
    private final Runnable created;

    NewTokenDialog(ApiTokens tokens, UserAccounts accounts, Runnable created) {
        this.tokens = tokens;
        this.created = created;
        setHeaderTitle(getTranslation("tokens.new"));
        setWidth("36rem");
        name.setLabel(getTranslation("tokens.name"));
        name.setHelperText(getTranslation("tokens.name.help"));
        name.setMaxLength(60);
        name.setRequired(true);
        name.setId("token-name");
        account.setLabel(getTranslation("tokens.account"));
        account.setItems(accounts.list().stream()
                .filter(UserAccounts.Account::enabled)
                .map(UserAccounts.Account::username)
                .toList());
        account.setRequired(true);
        account.setId("token-account");
        LocalDate today = LocalDate.now();
        validThrough.setLabel(getTranslation("tokens.validThrough"));
        validThrough.setHelperText(getTranslation("tokens.validThrough.help", ApiTokens.MAX_DAYS));
        validThrough.setMin(today);
        validThrough.setMax(today.plusDays(ApiTokens.MAX_DAYS));
        validThrough.setValue(today.plusDays(90));
        validThrough.setRequired(true);
        validThrough.setId("token-valid-through");
        add(new FormLayout(name, account, validThrough));

        create.setText(getTranslation("tokens.create"));
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        getFooter().add(new Button(getTranslation("tokens.cancel"), e -> close()), create);
    }

    void create() {
        try {
            ApiTokens.Created made = tokens.create(name.getValue(), account.getValue(), validThrough.getValue());
            created.run();
            showSecret(made);
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showSecret(ApiTokens.Created made) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("tokens.secret.title", made.token().name()));
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button(getTranslation("tokens.secret.copy"), VaadinIcon.COPY.create(), e -> copy());
        copy.setId("token-copy");
        Paragraph hint = new Paragraph(getTranslation("tokens.secret.hint"));
        hint.addClassName("token-hint");
        Pre example = new Pre("curl -H 'Authorization: Bearer " + made.secret() + "' \\\n  -o ranking.xlsx '"
                + baseUrl() + "/export/ranking?metric=execution-rate&year="
                + (LocalDate.now().getYear() - 1)
                + "&format=xlsx'");
        example.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        add(hint, secret, copy, new Paragraph(getTranslation("tokens.secret.example")), example);
        Button done = new Button(getTranslation("tokens.close"), e -> close());
        done.setId("token-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }

    /** This server as the browser reaches it (behind a proxy: its https address, from the forwarded headers). */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null
                ? "https://<server>"
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                        .toUriString();
    }

    /** The clipboard needs HTTPS (or localhost); otherwise the field is selected for Ctrl+C. */
    private void copy() {
        secret.getElement()
                .executeJs(
                        "this.inputElement.select();"
                                + " return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true, () => false)"
                                + " : false;",
                        secret.getValue())
                .then(
                        Boolean.class,
                        ok -> Notification.show(getTranslation(
                                        Boolean.TRUE.equals(ok) ? "tokens.secret.copied" : "tokens.secret.select"))
                                .addThemeVariants(NotificationVariant.LUMO_CONTRAST));
    }
}

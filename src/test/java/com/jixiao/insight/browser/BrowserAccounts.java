package com.jixiao.insight.browser;

import com.jixiao.insight.base.security.Restriction;
import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.microsoft.playwright.Page;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Accounts for the real-browser tests, created as an administrator would, and the sign-in they go through. */
final class BrowserAccounts {

    private BrowserAccounts() {}

    /** Creates an account with a fresh name and random password; returns {name, password}. */
    static String[] create(UserAccounts accounts, Role role) {
        String name = role.code() + "-" + System.nanoTime();
        String password = UserAccounts.randomPassword();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "test-setup",
                        null,
                        Role.ADMIN.authorities().stream()
                                .map(SimpleGrantedAuthority::new)
                                .toList()));
        try {
            accounts.create(name, role, password, Restriction.NONE);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return new String[] {name, password};
    }

    /** Signs in through the login form. */
    static void signIn(Page page, RunningApp app, String[] account) {
        page.navigate(app.url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(account[0]);
        page.locator("vaadin-login-form input[name=password]").fill(account[1]);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("vaadin-app-layout").waitFor();
    }
}

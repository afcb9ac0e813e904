package com.jixiao.insight.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security the Vaadin way: the login view, Vaadin's CSRF handling, view access by annotation;
 * the HTTP export endpoint for analysts and the batch import API for administrators, with HTTP Basic for scheduled
 * jobs and scripts.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
public class SecurityConfig {

    /** The login view's route (the view lives in {@code ui}, which this package does not import). */
    public static final String LOGIN_ROUTE = "login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/export/**")
                .hasRole(Role.ANALYST_ROLE)
                .requestMatchers("/api/imports/**", "/api/imports")
                .hasRole(Role.ADMIN_ROLE));
        http.httpBasic(Customizer.withDefaults());
        // A script sends its credentials with every request, so no CSRF token; a browser's session still needs one.
        http.csrf(c -> c.ignoringRequestMatchers(r ->
                r.getRequestURI().startsWith(r.getContextPath() + "/api/") && r.getHeader("Authorization") != null));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/" + LOGIN_ROUTE))
                .build();
    }

    /** No default password: the first start creates "admin" with a random password, printed once. */
    @Bean
    ApplicationRunner firstAdmin(UserAccounts accounts) {
        return args -> accounts.createFirstAdmin().ifPresent(password -> System.out.println("""

                ================================================================
                 Jixiao Insight: first start. An administrator account was created.
                   user:     admin
                   password: %s
                 This password is shown only now. Change it under 用户 / Users.
                ================================================================
                """.formatted(password)));
    }
}

package com.jixiao.insight.base.security.web;

import com.jixiao.insight.base.security.Role;
import com.jixiao.insight.base.security.UserAccounts;
import com.jixiao.insight.base.security.token.ApiTokenFilter;
import com.jixiao.insight.base.security.token.ApiTokens;
import com.jixiao.insight.base.web.ApiErrors;
import com.jixiao.insight.base.web.ApiPaths;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Spring Security the Vaadin way: the login view, Vaadin's CSRF handling, view access by annotation. The
 * HTTP API beside it ({@code /export/briefing} for every role, the rest of {@code /export/**} for analysts, {@code /api/imports} for administrators, the rest of
 * {@code /api/**} for whatever the service behind it allows) takes an API token ({@code Authorization: Bearer})
 * or HTTP Basic, and refuses with JSON instead of a redirect to the login page. Health and info are open to
 * everyone, every other actuator endpoint to no one. Every response carries the headers of {@link
 * SecurityHeaders}.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
public class SecurityConfig {

    /** The login view's route (the view lives in {@code ui}, which this package does not import). */
    public static final String LOGIN_ROUTE = "login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, ApiErrors errors) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .requestMatchers("/actuator/**")
                .denyAll()
                .requestMatchers("/export/briefing")
                .hasRole(Role.VIEWER_ROLE)
                .requestMatchers("/export/**")
                .hasRole(Role.ANALYST_ROLE)
                .requestMatchers("/api/imports/**", "/api/imports")
                .hasRole(Role.ADMIN_ROLE)
                .requestMatchers("/api/**")
                .authenticated());
        http.httpBasic(basic -> basic.authenticationEntryPoint(errors.unauthorized()));
        http.addFilterBefore(new ApiTokenFilter(tokens, errors.unauthorized()), BasicAuthenticationFilter.class);
        // Registered before Vaadin's own: a script gets 401/403 with a JSON body, never the login page.
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(errors.unauthorized(), ApiPaths.matcher())
                .defaultAccessDeniedHandlerFor(errors.forbidden(), ApiPaths.matcher()));
        // A script sends its credentials with every request, so no CSRF token; a browser's session still needs one.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::carriesCredentials));
        http.headers(SecurityHeaders::apply);
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

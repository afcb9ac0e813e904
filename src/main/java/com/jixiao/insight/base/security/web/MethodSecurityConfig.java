package com.jixiao.insight.base.security.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Services enforce their roles ({@code @Secured}) in the web app and in the commands of the jar alike.
 * JSR-250 stays off here: it would proxy the views, whose {@code @RolesAllowed} is Vaadin's to check.
 * passwords are hashed with bcrypt (delegating encoder, "{bcrypt}" prefix).
 */
@Configuration
@EnableMethodSecurity(securedEnabled = true)
class MethodSecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

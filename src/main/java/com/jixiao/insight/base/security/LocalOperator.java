package com.jixiao.insight.base.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whoever runs a command of the jar can already read and write the store file, so commands act as an
 * administrator named "cli"; the audit log records them under that name.
 */
public final class LocalOperator {

    private LocalOperator() {}

    public static void signIn() {
        var authorities = Role.ADMIN.authorities().stream()
                .map(SimpleGrantedAuthority::new)
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("cli", null, authorities));
    }
}

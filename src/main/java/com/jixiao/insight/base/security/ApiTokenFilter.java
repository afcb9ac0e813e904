package com.jixiao.insight.base.security;

import com.jixiao.insight.base.web.ApiPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the HTTP API signs the request as the token's account, built as
 * HTTP Basic builds it (an {@link AppUser} with its role and restriction), for this request only: no session.
 * A bearer token that does not sign in answers 401 at once; on the UI's paths the header is ignored, so a
 * job's token never opens the UI.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthorized;

    ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    /** A request signed with a bearer token: a browser never adds one by itself, so it needs no CSRF token. */
    static boolean carriesBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length()) && ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(BEARER.length())
                .strip();
        String use = request.getMethod() + " " + request.getRequestURI();
        var user = tokens.authenticate(secret, use.length() > 200 ? use.substring(0, 200) : use);
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new BadCredentialsException("invalid API token"));
            return;
        }
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities());
        authentication.setDetails("api-token");
        context.setAuthentication(authentication);
        strategy.setContext(context);
        chain.doFilter(request, response);
    }
}

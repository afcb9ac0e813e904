package com.jixiao.insight.base.security.token;

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
public final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthorized;

    public ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    /** A request to the API signed with a bearer token. */
    static boolean carriesBearerToken(HttpServletRequest request) {
        return hasScheme(request, BEARER) && ApiPaths.isApi(request);
    }

    /**
     * A request to the API that carries its own credentials (a bearer token or HTTP Basic): it needs no CSRF token.
     * A page of another site cannot set the header (that takes a CORS preflight, which this app does not answer),
     * and a browser never remembers Basic credentials for this app, which asks for Bearer only.
     */
    public static boolean carriesCredentials(HttpServletRequest request) {
        return (hasScheme(request, BEARER) || hasScheme(request, BASIC)) && ApiPaths.isApi(request);
    }

    private static boolean hasScheme(HttpServletRequest request, String scheme) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
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

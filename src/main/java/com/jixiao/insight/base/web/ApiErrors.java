package com.jixiao.insight.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@link ApiError} bodies, and refuses API requests the way a script understands: 401 with
 * {@code WWW-Authenticate} when no valid credentials came, 403 when the account may not do it. The
 * messages say what to do, not what exists.
 */
@Component
public class ApiErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static ApiError of(HttpStatus status, String message, HttpServletRequest request) {
        return new ApiError(status.value(), status.getReasonPhrase(), message, request.getRequestURI());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(of(status, message, request)));
    }

    /** No credentials, or a password or token that is wrong, expired or revoked. */
    public AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            // Bearer only: a Basic challenge would make a browser ask for a password and then send it by itself.
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "sign in with an API token (Authorization: Bearer) or HTTP Basic; the one given, if any, is"
                            + " wrong, expired or revoked");
        };
    }

    /** Signed in, but the account's role does not allow it, or a change came without its CSRF token. */
    public AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                e instanceof CsrfException
                        ? "a change signed by a browser's session needs a CSRF token; scripts sign with an API token or HTTP Basic"
                        : "the account's role does not allow this request");
    }
}

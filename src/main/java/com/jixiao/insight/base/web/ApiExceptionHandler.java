package com.jixiao.insight.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * JSON errors for the controllers under {@code /api}: a bad argument is a 400 with its message, Spring's own
 * errors (unknown path, wrong method, missing parameter) keep their status, anything else is a 500 whose body
 * names only an incident id that the log carries with the stack trace. Refusals by method security go on to
 * Spring Security, which answers 401 or 403 (see {@link ApiErrors}).
 */
@RestControllerAdvice(annotations = JsonApi.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e; // Spring Security's exception translation decides between 401 and 403
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badRequest(IllegalArgumentException e, HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse spring) { // a missing parameter, an unreadable body, a wrong method …
            HttpStatus status = HttpStatus.valueOf(spring.getStatusCode().value());
            String detail = spring.getBody().getDetail();
            return body(status, detail == null ? status.getReasonPhrase() : detail, request);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("API request {} {} failed (incident {})", request.getMethod(), request.getRequestURI(), incident, e);
        return body(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "the request failed; incident " + incident + " is in the log",
                request);
    }

    private static ResponseEntity<ApiError> body(HttpStatus status, String message, HttpServletRequest request) {
        return ResponseEntity.status(status).body(ApiErrors.of(status, message, request));
    }

    /** Any path under /api that no controller serves: a JSON 404, not the UI's "page not found". */
    @RestController
    @JsonApi
    static class Unknown {

        @RequestMapping("/api/**")
        ResponseEntity<ApiError> notFound(HttpServletRequest request) {
            return body(HttpStatus.NOT_FOUND, "no such API endpoint", request);
        }
    }
}

package com.jixiao.insight.base.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The HTTP API as opposed to the Vaadin UI: {@code /api/**} (JSON), {@code /export/**} (files) and
 * {@code /actuator/**}. Requests here are made by scripts: a refusal is a status code with a JSON body,
 * never a redirect to the login page, and an API token may sign them.
 */
public final class ApiPaths {

    private ApiPaths() {}

    public static boolean isApi(HttpServletRequest request) {
        String path = pathWithinApplication(request);
        return under(path, "/api") || under(path, "/export") || under(path, "/actuator");
    }

    /** Only the JSON part ({@code /api/**}), whose errors are JSON whatever went wrong. */
    public static boolean isJsonApi(HttpServletRequest request) {
        return under(pathWithinApplication(request), "/api");
    }

    public static RequestMatcher matcher() {
        return ApiPaths::isApi;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}

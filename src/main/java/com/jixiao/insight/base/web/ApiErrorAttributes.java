package com.jixiao.insight.base.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that never reach a controller (a wrong method, a failure in a filter) are answered by Spring Boot's
 * {@code /error}; for scripts it gives the same shape as {@link ApiError}: status, error, a message that is
 * the reason phrase (never the exception's text) and the path. No trace, no exception class.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> all = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = all.get("status") instanceof Integer s ? s : 500;
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("status", status);
        shown.put("error", known == null ? "Error" : known.getReasonPhrase());
        shown.put("message", known == null ? "Error" : known.getReasonPhrase());
        shown.put("path", all.get("path"));
        return shown;
    }
}

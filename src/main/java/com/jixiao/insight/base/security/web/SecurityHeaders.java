package com.jixiao.insight.base.security.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, the login page and errors included (decision 0006 says why each).
 * The Content-Security-Policy is the tightest the Vaadin client runs under without an error in the browser's
 * console (measured against the production jar): nothing but this origin; for scripts also inline code (Vaadin's
 * bootstrap page) and {@code eval} (without it Flow's client does not start); inline styles (Lumo, the components,
 * the charts' SVG); images and fonts also as data URLs (Lumo's icons and icon font). Nothing may frame the app.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {}

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Written before the request is handled, not when the response is committed: Vaadin writes its
                // pages (the login page among them) past the wrapper that would add them late, and would set
                // its own X-Frame-Options: SAMEORIGIN.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}

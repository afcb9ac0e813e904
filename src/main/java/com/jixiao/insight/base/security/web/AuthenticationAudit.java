package com.jixiao.insight.base.security.web;

import com.jixiao.insight.base.security.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Logins and failed logins go to the audit log and feed the throttle. */
@Component
class AuthenticationAudit {

    private final AuditLog audit;
    private final LoginThrottle throttle;

    AuthenticationAudit(AuditLog audit, LoginThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void success(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        throttle.succeeded(name);
        audit.record(name, "login", "ok", null);
    }

    @EventListener
    void failure(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        throttle.failed(name);
        audit.record(name, "login", "failed", event.getException().getClass().getSimpleName());
    }
}

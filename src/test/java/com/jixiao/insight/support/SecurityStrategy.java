package com.jixiao.insight.support;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Each Spring test context installs its own Vaadin-aware security-context strategy in the static
 * SecurityContextHolder. When a cached context is reused after another one was started, the static
 * holder points at the other context's strategy; this puts back the right one, keeping the test user.
 */
public final class SecurityStrategy {

    private SecurityStrategy() {}

    /** For tests that call services directly: no Vaadin session left on this thread, this context's strategy. */
    public static void plainThread(ApplicationContext context) {
        CurrentInstance.clearAll();
        SecurityContextHolder.setContextHolderStrategy(context.getBean(VaadinAwareSecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
    }

    public static void bind(ApplicationContext context) {
        var user = TestSecurityContextHolder.getContext();
        SecurityContextHolder.setContextHolderStrategy(context.getBean(VaadinAwareSecurityContextHolderStrategy.class));
        SecurityContextHolder.setContext(user);
        // The Vaadin-aware strategy reads the session first: give it this test's user, not a leftover.
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, user);
        }
    }
}

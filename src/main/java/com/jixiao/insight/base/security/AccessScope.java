package com.jixiao.insight.base.security;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The restriction of whoever is asking: the signed-in user's regions and units. Without a user who
 * carries a restriction (an unrestricted account, a command of the jar), nothing is restricted.
 */
@Component
public class AccessScope {

    /** A principal that carries its own restriction (see base.security.AppUser). */
    public interface Restricted {
        Restriction restriction();
    }

    private final Supplier<Restriction> current;

    AccessScope() {
        this(AccessScope::fromSecurityContext);
    }

    private AccessScope(Supplier<Restriction> current) {
        this.current = current;
    }

    /** A fixed restriction, for code and tests that run outside a request. */
    public static AccessScope fixed(Restriction restriction) {
        return new AccessScope(() -> restriction);
    }

    public Restriction current() {
        return current.get();
    }

    private static Restriction fromSecurityContext() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Restricted r ? r.restriction() : Restriction.NONE;
    }
}

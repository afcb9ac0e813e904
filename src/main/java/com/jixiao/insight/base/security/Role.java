package com.jixiao.insight.base.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * viewer (leaders: browse dashboards) &lt; analyst (also drill-down to source text and exports) &lt;
 * admin (also import, users, backup). Each role is granted its own authority and those below it, so
 * {@code @RolesAllowed("ANALYST")} admits analysts and admins.
 */
public enum Role {
    VIEWER,
    ANALYST,
    ADMIN;

    public static final String VIEWER_ROLE = "VIEWER";
    public static final String ANALYST_ROLE = "ANALYST";
    public static final String ADMIN_ROLE = "ADMIN";
    /** For {@code @Secured} on services (views use {@code @RolesAllowed} with the role names above). */
    public static final String VIEWER_AUTHORITY = "ROLE_VIEWER";

    public static final String ANALYST_AUTHORITY = "ROLE_ANALYST";
    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("unknown role '" + code + "'; use viewer, analyst or admin"));
    }

    /** ROLE_ADMIN, ROLE_ANALYST, ROLE_VIEWER for an admin. */
    public List<String> authorities() {
        return Arrays.stream(values())
                .filter(r -> r.ordinal() <= ordinal())
                .map(r -> "ROLE_" + r.name())
                .toList();
    }
}

package com.jixiao.insight.base.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account: its role's authorities and its row-level restriction. */
public record AppUser(
        String username, String passwordHash, Role role, boolean enabled, boolean locked, Restriction restriction)
        implements UserDetails, AccessScope.Restricted {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> list =
                role.authorities().stream().map(SimpleGrantedAuthority::new).toList();
        return list;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String toString() {
        return "AppUser[" + username + ", " + role + "]"; // never the hash
    }
}

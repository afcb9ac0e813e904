package com.jixiao.insight.base.security.web;

import com.jixiao.insight.base.security.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security reads accounts from the store; a throttled account comes back locked. */
@Service
class StoreUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final LoginThrottle throttle;

    StoreUserDetailsService(UserAccounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username, throttle.isLocked(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}

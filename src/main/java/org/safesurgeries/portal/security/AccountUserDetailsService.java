package org.safesurgeries.portal.security;

import org.safesurgeries.portal.security.domain.UserAccounts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AccountUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByEmail(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.getEmail())
                .password(account.getPasswordHash())
                .disabled(!account.isActive())
                .authorities(account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}

package org.safesurgeries.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD when no administrator exists.
 * There is never a default password: without both variables no account is created.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    FirstAdministrator(AccountService accounts, @Value("${portal.bootstrap-admin.email:}") String email,
                       @Value("${portal.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        if (accounts.createFirstAdministrator(email, "Administrator", password)) {
            log.info("Created the first administrator account {}", email);
        }
    }
}

package org.safesurgeries.portal.security;

import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class LoginThrottleTest {

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(roles = "ADMIN")
    void five_failures_lock_the_account_for_fifteen_minutes_even_with_the_right_password() {
        String email = AccountServiceTest.unique("throttled");
        accounts.ensureAccount(email, "Throttled Person", "the right password", Set.of(Role.TRAINER), Set.of());

        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> attempt(email, "a wrong password"))
                    .hasMessage("Incorrect email or password.");
        }
        assertThatThrownBy(() -> attempt(email, "the right password"))
                .isInstanceOf(ThrottledAuthenticationProvider.SignInThrottled.class)
                .hasMessageContaining("Try again in 15 minutes");
        assertThat(jdbc.queryForObject("""
                select timestampdiff(second, now(6), locked_until) from login_throttle where email_hash = sha2(?, 256)
                """, Long.class, email)).isBetween(14 * 60L, 15 * 60L);

        // Fifteen minutes later:
        jdbc.update("update login_throttle set locked_until = now() - interval 1 second where email_hash = sha2(?, 256)",
                email);
        assertThat(attempt(email, "the right password").isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_email_is_throttled_the_same_way_so_nothing_reveals_whether_it_exists() {
        String email = AccountServiceTest.unique("nobody-here");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> attempt(email, "whatever it is")).hasMessage("Incorrect email or password.");
        }
        assertThatThrownBy(() -> attempt(email, "whatever it is"))
                .isInstanceOf(ThrottledAuthenticationProvider.SignInThrottled.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_success_before_the_fifth_failure_starts_the_count_again() {
        String email = AccountServiceTest.unique("forgetful");
        accounts.ensureAccount(email, "Forgetful Person", "the right password", Set.of(Role.TRAINER), Set.of());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThatThrownBy(() -> attempt(email, "wrong"));
        }
        attempt(email, "the right password");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThatThrownBy(() -> attempt(email, "wrong"));
        }
        assertThat(attempt(email, "the right password").isAuthenticated()).isTrue();
    }

    @Test
    void text_typed_into_the_email_field_never_reaches_the_audit_trail_unless_it_is_an_email() {
        String typed = "patient 943 476 5919 " + java.util.UUID.randomUUID();
        assertThatThrownBy(() -> attempt(typed, "whatever"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'LOGIN_FAILED' and actor = '(not an email address)'",
                Integer.class) > 0);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where details like '%943 476 5919%'",
                Integer.class)).isZero();
    }

    private Authentication attempt(String email, String password) throws AuthenticationException {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}

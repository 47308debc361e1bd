package org.safesurgeries.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every refused sign-in costs one password hash, whether the email is unknown, the password wrong or the account
 * deactivated, so the time a refusal takes says nothing about the account (issue 10; timings in bench/signin).
 * Counts the hash comparisons rather than timing them.
 */
class PasswordCheckTimingTest {

    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final String hash = real.encode("the-right-password");
    private final List<String> compared = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            compared.add(raw.toString());
            return real.matches(raw, encoded);
        }
    };

    private final LoginThrottle neverLocked = new LoginThrottle(null, null, Clock.systemUTC()) {
        @Override
        public boolean isLocked(String email) {
            return false;
        }

        @Override
        public void recordFailure(String email, String outcome) {
            failures.add(email);
        }

        @Override
        public void recordSuccess(String email) {
        }
    };

    private final AuthenticationManager manager = new SecurityConfig().authenticationManager(username -> switch (username) {
        case "active@example.org" -> User.withUsername(username).password(hash).roles("TRAINER").build();
        case "deactivated@example.org" -> User.withUsername(username).password(hash).roles("TRAINER").disabled(true)
                .build();
        default -> throw new UsernameNotFoundException("No such account");
    }, counting, neverLocked);

    @Test
    void a_wrong_password_an_unknown_email_and_a_deactivated_account_each_cost_one_password_hash() {
        for (String email : List.of("active@example.org", "nobody@example.org", "deactivated@example.org")) {
            compared.clear();
            assertThatThrownBy(() -> signIn(email, "a-wrong-password")).as(email)
                    .isInstanceOf(BadCredentialsException.class).hasMessage("Incorrect email or password.");
            assertThat(compared).as(email).containsExactly("a-wrong-password");
        }
        assertThat(failures).containsExactly("active@example.org", "nobody@example.org", "deactivated@example.org");
    }

    @Test
    void a_deactivated_account_is_refused_even_with_its_password_after_the_same_check() {
        assertThatThrownBy(() -> signIn("deactivated@example.org", "the-right-password"))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Incorrect email or password.");
        assertThat(compared).containsExactly("the-right-password");
        assertThat(signIn("active@example.org", "the-right-password").isAuthenticated()).isTrue();
    }

    private org.springframework.security.core.Authentication signIn(String email, String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}

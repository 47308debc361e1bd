package org.safesurgeries.portal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.security.domain.UserAccount;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed-in person is read once per request, and afresh for the next one. */
class CurrentUserTest {

    private static final String EMAIL = "manager@example.org";

    private final AtomicInteger reads = new AtomicInteger();
    private final UserAccount account = saved(new UserAccount(new EmailAddress(EMAIL), "Pat Manager",
            Set.of(Role.PRACTICE_MANAGER), Set.of(7L), Instant.parse("2026-11-22T10:00:00Z")));
    private final CurrentUser currentUser = new CurrentUser(new SignedInUsers(null) {
        @Override
        Optional<CurrentUser.SignedInUser> byEmail(String email) {
            reads.incrementAndGet();
            return Optional.of(account).filter(a -> a.getEmail().equals(email) && a.isActive())
                    .map(a -> new CurrentUser.SignedInUser(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(),
                            a.getPracticeIds()));
        }
    });

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void one_request_reads_the_person_once_and_the_next_request_sees_a_change() {
        signIn();
        inNewRequest();
        for (int i = 0; i < 12; i++) {
            assertThat(currentUser.canAccessPractice(7)).isTrue();
        }
        assertThat(reads).hasValue(1);

        account.deactivate();
        assertThat(currentUser.get()).as("the same request keeps what it read").isPresent();
        inNewRequest();
        assertThat(currentUser.get()).as("the next request sees the deactivation").isEmpty();
        assertThat(currentUser.canAccessPractice(7)).isFalse();
        assertThat(reads).hasValue(2);
    }

    @Test
    void outside_a_request_every_call_reads() {
        signIn();
        currentUser.get();
        account.changeAccess(Set.of(Role.PRACTICE_MANAGER), Set.of(8L));
        assertThat(currentUser.canAccessPractice(7)).isFalse();
        assertThat(currentUser.canAccessPractice(8)).isTrue();
        assertThat(reads).hasValue(3);
    }

    @Test
    void the_kept_person_belongs_to_whoever_is_signed_in() {
        signIn();
        inNewRequest();
        assertThat(currentUser.get()).isPresent();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "someone-else@example.org", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        assertThat(currentUser.get()).as("another name in the same request is read, not taken from the first").isEmpty();
    }

    private static UserAccount saved(UserAccount account) {
        ReflectionTestUtils.setField(account, "id", 41L);
        return account;
    }

    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(EMAIL, "n/a",
                List.of(new SimpleGrantedAuthority(Role.PRACTICE_MANAGER.authority()))));
    }

    private static void inNewRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }
}
